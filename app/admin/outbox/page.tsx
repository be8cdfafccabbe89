import { OutboxTable } from "@/components/mail/outbox-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listOutboxMessages } from "@/lib/mail/outbox";
import { mailPolicy } from "@/lib/mail/policy";
import { OUTBOX_PAGE_SIZE, outboxQuerySchema } from "@/lib/mail/schemas";

export const metadata = { title: "Outbox" };

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/admin/outbox");
  const everything = mailPolicy.canReadAllOutbox(actor);
  const query = outboxQuerySchema.parse(await searchParams);
  const outbox = await listOutboxMessages(actor, query);
  return (
    <>
      <h1>Outbox</h1>
      <p className="nhs-lede">
        {everything
          ? "Every email the platform has written, newest first."
          : "The emails your actions caused, such as invitations, newest first."}{" "}
        Without a mail server configured, emails stay here: pass their links on to the people they
        are for.
      </p>
      <OutboxTable entries={outbox.entries} />
      <Pagination
        page={outbox.page}
        pageCount={outbox.pageCount}
        total={outbox.total}
        pageSize={OUTBOX_PAGE_SIZE}
        noun="emails"
        hrefFor={(page) => (page > 1 ? `/admin/outbox?page=${page}` : "/admin/outbox")}
      />
    </>
  );
}
