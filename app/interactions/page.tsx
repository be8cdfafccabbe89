import { InteractionFilters } from "@/components/interactions/interaction-filters";
import { InteractionsTable } from "@/components/interactions/interactions-table";
import { RegisterPage } from "@/components/ui/register-page";
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
    <RegisterPage
      title="Interactions"
      lede="Meetings, calls, emails, workshops and site visits with the coalition's organisations. You see those your organisation took part in; programme leads see all."
      add={
        interactionPolicy.canLog(actor)
          ? { href: "/interactions/new", label: "Log an interaction" }
          : null
      }
      filters={<InteractionFilters query={query} organisations={log.organisations} />}
      table={
        <InteractionsTable
          rows={log.rows}
          caption="Interactions, newest first"
          empty="No interactions match. Try fewer filters."
        />
      }
      listed={log}
      noun="interactions"
      hrefFor={(page) => interactionsHref(query, { page })}
    />
  );
}
