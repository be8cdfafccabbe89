import { notFound } from "next/navigation";

import { BackLink } from "@/components/pathways/back-link";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { CHANGES_PAGE_SIZE, listPathwayChanges } from "@/lib/pathways/list-changes";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Pathway change history" };

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export default async function PathwayHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ pathwayId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { pathwayId } = await params;
  const actor = await requireActor(`/pathways/${pathwayId}/history`);
  if (!pathwayPolicy.canSeeDrafts(actor)) await denyAccess(actor, "pathway.history");
  const history = await listPathwayChanges(
    actor,
    pathwayId,
    Number((await searchParams).page) || 1,
  );
  if (!history) notFound();
  return (
    <div>
      <BackLink href={`/pathways/${history.pathway.id}`}>Back to {history.pathway.name}</BackLink>
      <h1>Change history of {history.pathway.name}</h1>
      <table className="nhs-table">
        <caption className="sr-only">Changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {history.changes.map((change) => (
            <tr key={change.id}>
              <td>{timeFormat.format(change.occurredAt)}</td>
              <td>{change.actor?.name ?? "A former user"}</td>
              <td>{change.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination
        page={history.page}
        pageCount={Math.ceil(history.total / CHANGES_PAGE_SIZE)}
        total={history.total}
        pageSize={CHANGES_PAGE_SIZE}
        hrefFor={(page) => `/pathways/${history.pathway.id}/history?page=${page}`}
        noun="changes"
      />
    </div>
  );
}
