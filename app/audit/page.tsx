import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { auditHref } from "@/lib/audit/audit-links";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { nameAuditRecords } from "@/lib/audit/name-audit-records";
import { auditPolicy } from "@/lib/audit/policy";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { requireActor } from "@/lib/auth/require-actor";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Audit trail" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/audit");
  if (!auditPolicy.canBrowse(actor)) await denyAccess(actor, "audit.browse");
  const query = auditQuerySchema.parse(await searchParams);
  const [trail, options] = await Promise.all([
    listAuditEvents(actor, query),
    listAuditFilterOptions(actor),
  ]);
  return (
    <>
      <h1>Audit trail</h1>
      <p className="nhs-lede">
        Every sign-in, refusal and change on the platform, newest first. Records are never changed
        or deleted.
      </p>
      <AuditFilters query={query} options={options} />
      {trail.events.length === 0 ? (
        <p className="nhs-card">Nothing matches. Try fewer filters or a wider range of days.</p>
      ) : (
        <AuditTable
          events={trail.events}
          names={await nameAuditRecords(actor, trail.events)}
          caption="Audit records, newest first"
        />
      )}
      <Pagination
        page={trail.page}
        pageCount={trail.pageCount}
        total={trail.total}
        pageSize={trail.pageSize}
        noun="records"
        hrefFor={(page) => auditHref(query, { page })}
      />
    </>
  );
}
