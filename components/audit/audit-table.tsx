import Link from "next/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { describeChange } from "@/lib/audit/describe-change";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";

const RECORD_PAGES: Record<string, (id: string) => string> = {
  User: (id) => `/people/${id}`,
  Organisation: (id) => `/organisations/${id}`,
};

function RecordCell({ event }: { event: AuditEventRow }) {
  if (!event.entityType) return <>–</>;
  const page = event.entityId ? RECORD_PAGES[event.entityType] : undefined;
  return (
    <>
      {event.entityType}
      {event.entityId ? (
        <span className="block break-all text-base">
          {page ? <Link href={page(event.entityId)}>{event.entityId}</Link> : event.entityId}
        </span>
      ) : null}
    </>
  );
}

function ChangeCell({ event }: { event: AuditEventRow }) {
  if (event.before === null && event.after === null) return <>–</>;
  const changes = describeChange(event.before, event.after);
  return (
    <>
      {changes.length > 0 ? (
        <ul className="mb-2 list-none text-base">
          {changes.map((change) => (
            <li key={change.field} className="break-all">
              <span className="font-bold">{change.field}</span>
              {": "}
              {change.before !== undefined ? change.before : ""}
              {change.before !== undefined && change.after !== undefined ? " → " : ""}
              {change.after !== undefined ? change.after : " (removed)"}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="text-base">
        <summary className="cursor-pointer text-nhs-blue underline">Before and after</summary>
        <p className="mb-1 mt-2 font-bold">Before</p>
        <pre className="whitespace-pre-wrap break-all bg-nhs-grey-5 p-2 text-sm">
          {event.before === null ? "Nothing recorded" : JSON.stringify(event.before, null, 2)}
        </pre>
        <p className="mb-1 mt-2 font-bold">After</p>
        <pre className="whitespace-pre-wrap break-all bg-nhs-grey-5 p-2 text-sm">
          {event.after === null ? "Nothing recorded" : JSON.stringify(event.after, null, 2)}
        </pre>
      </details>
    </>
  );
}

/** Audit records, newest first: when, who and for which organisation, what, which record, the change. */
export function AuditTable({ events, caption }: { events: AuditEventRow[]; caption: string }) {
  return (
    <ScrollRegion label={caption}>
      <table className="nhs-table text-base">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Record</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <time dateTime={event.occurredAt.toISOString()} className="break-all">
                  {event.occurredAt.toISOString()}
                </time>
                {event.requestId ? (
                  <span className="mt-1 block break-all text-sm text-nhs-secondary">
                    Request {event.requestId}
                  </span>
                ) : null}
              </td>
              <td>
                <span className="break-all">{event.actorEmail ?? "Unknown"}</span>
                {event.actingOrganisation ? (
                  <span className="mt-1 block">
                    for{" "}
                    {event.actingOrganisation.name ? (
                      <Link href={`/organisations/${event.actingOrganisation.id}`}>
                        {event.actingOrganisation.name}
                      </Link>
                    ) : (
                      `a removed organisation (${event.actingOrganisation.id})`
                    )}
                  </span>
                ) : null}
                {event.ipAddress ? (
                  <span className="mt-1 block text-sm text-nhs-secondary">
                    From {event.ipAddress}
                  </span>
                ) : null}
              </td>
              <td className="break-all">
                <code>{event.action}</code>
              </td>
              <td>
                <RecordCell event={event} />
              </td>
              <td>
                <ChangeCell event={event} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
