import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { describeAuditEvent } from "@/lib/audit/describe-action";
import { describeChange } from "@/lib/audit/describe-change";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { formatLondonTime } from "@/lib/audit/local-time";
import {
  type AuditNames,
  nameKey,
  type NamedRecord,
  recordTypeLabels,
} from "@/lib/audit/name-audit-records";

function Named({ named, fallback }: { named: NamedRecord | undefined; fallback: string }) {
  if (!named) return <>{fallback}</>;
  return named.href ? <Link href={named.href}>{named.name}</Link> : <>{named.name}</>;
}

function RecordCell({ event, names }: { event: AuditEventRow; names: AuditNames }) {
  if (!event.entityType) return <>–</>;
  const named = event.entityId ? names.get(nameKey(event.entityType, event.entityId)) : undefined;
  return (
    <>
      {recordTypeLabels[event.entityType] ?? event.entityType}
      {event.entityId ? (
        <span className="block">
          {named ? (
            <Named named={named} fallback="" />
          ) : (
            <span className="break-all text-sm text-nhs-secondary">
              Removed or not found ({event.entityId})
            </span>
          )}
        </span>
      ) : null}
    </>
  );
}

function WhoCell({ event, names }: { event: AuditEventRow; names: AuditNames }) {
  const person = event.actorId ? names.get(nameKey("User", event.actorId)) : undefined;
  const organisation = event.actingOrganisation;
  return (
    <>
      <span className="break-words">
        <Named named={person} fallback={event.actorEmail ?? "Someone not signed in"} />
      </span>
      {organisation ? (
        <span className="mt-1 block">
          for{" "}
          <Named
            named={
              organisation.name ? names.get(nameKey("Organisation", organisation.id)) : undefined
            }
            fallback={organisation.name ?? "a removed organisation"}
          />
        </span>
      ) : null}
      {event.ipAddress ? (
        <span className="mt-1 block text-sm text-nhs-secondary">From {event.ipAddress}</span>
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

/**
 * Audit records, newest first: when (UK time), who and for which organisation, what happened in
 * words (with the action's code, which the filters and exports use), which record, the change.
 * `names` holds the people, organisations and records the page mentions, looked up in one go.
 */
export function AuditTable({
  events,
  names,
  caption,
}: {
  events: AuditEventRow[];
  names: AuditNames;
  caption: string;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="nhs-table min-w-[48rem] text-base">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When (UK time)</th>
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
                <time dateTime={event.occurredAt.toISOString()} className="whitespace-nowrap">
                  {formatLondonTime(event.occurredAt)}
                </time>
                {event.requestId ? (
                  <span className="mt-1 block break-all text-sm text-nhs-secondary">
                    Request {event.requestId}
                  </span>
                ) : null}
              </td>
              <td>
                <WhoCell event={event} names={names} />
              </td>
              <td>
                {describeAuditEvent(event.action, event.after)}
                <code className="mt-1 block break-all text-sm text-nhs-secondary">
                  {event.action}
                </code>
              </td>
              <td>
                <RecordCell event={event} names={names} />
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
