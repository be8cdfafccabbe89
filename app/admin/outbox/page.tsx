import { OutboxTable } from "@/components/mail/outbox-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listOutboxMessages } from "@/lib/mail/outbox";
import { mailPolicy } from "@/lib/mail/policy";
import { OUTBOX_PAGE_SIZE, outboxQuerySchema } from "@/lib/mail/schemas";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Outbox" };

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/admin/outbox");
  if (!mailPolicy.canReadOutbox(actor)) await denyAccess(actor, "outbox.list");
  const query = outboxQuerySchema.parse(await searchParams);
  const outbox = await listOutboxMessages(actor, query);
  return (
    <>
      <h1>Outbox</h1>
      <p className="nhs-lede">
        Every email the platform has written, newest first. Without a mail server configured, emails
        stay here: pass their links on to the people they are for.
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
