import Link from "next/link";

import { InteractionFilters } from "@/components/interactions/interaction-filters";
import { InteractionsTable } from "@/components/interactions/interactions-table";
import { WideLayout } from "@/components/layout/wide-layout";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { interactionsHref } from "@/lib/interactions/links";
import { listInteractions } from "@/lib/interactions/list-interactions";
import { interactionPolicy } from "@/lib/interactions/policy";
import { interactionsQuerySchema } from "@/lib/interactions/schemas";

export const metadata = { title: "Interactions" };

export default async function InteractionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/interactions");
  const query = interactionsQuerySchema.parse(await searchParams);
  const log = await listInteractions(actor, query);
  return (
    <WideLayout>
      <h1>Interactions</h1>
      <p className="nhs-lede">
        Meetings, calls, emails, workshops and site visits with the coalition&apos;s organisations.
        You see those your organisation took part in; programme leads see all.
      </p>
      {interactionPolicy.canLog(actor) ? (
        <p>
          <Link href="/interactions/new" className="nhs-button">
            Log an interaction
          </Link>
        </p>
      ) : null}
      <InteractionFilters query={query} organisations={log.organisations} />
      <InteractionsTable
        rows={log.rows}
        caption="Interactions, newest first"
        empty="No interactions match. Try fewer filters."
      />
      <Pagination
        page={log.page}
        pageCount={log.pageCount}
        total={log.total}
        pageSize={log.pageSize}
        noun="interactions"
        hrefFor={(page) => interactionsHref(query, { page })}
      />
    </WideLayout>
  );
}
