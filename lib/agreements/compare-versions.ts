import { type AgreementContent, canonicalJson, type PartyContent } from "./canonical";

// Field-by-field comparison of two versions of an agreement's content. Pure: the versions page
// and the variation log's summaries both use it.

export type VersionChange =
  | { kind: "detail"; field: string; before: unknown; after: unknown }
  | { kind: "party_added" | "party_removed"; organisationId: string }
  | {
      kind: "party_changed";
      organisationId: string;
      field: string;
      before: unknown;
      after: unknown;
    }
  | { kind: "category_added" | "category_removed"; dataCategoryId: string }
  | { kind: "flow_added" | "flow_removed"; flowId: string };

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

const keysOf = (...values: object[]) =>
  [...new Set(values.flatMap((value) => Object.keys(value)))].sort();

/** Every difference from `before` to `after`, details first, then parties, data and flows. */
export function compareVersions(
  before: AgreementContent,
  after: AgreementContent,
): VersionChange[] {
  const changes: VersionChange[] = [];
  const beforeDetails = before.details as unknown as Record<string, unknown>;
  const afterDetails = after.details as unknown as Record<string, unknown>;
  for (const field of keysOf(beforeDetails, afterDetails)) {
    if (!same(beforeDetails[field], afterDetails[field])) {
      changes.push({
        kind: "detail",
        field,
        before: beforeDetails[field] ?? null,
        after: afterDetails[field] ?? null,
      });
    }
  }

  const partiesBefore = new Map(before.parties.map((party) => [party.organisationId, party]));
  const partiesAfter = new Map(after.parties.map((party) => [party.organisationId, party]));
  for (const organisationId of [
    ...new Set([...partiesBefore.keys(), ...partiesAfter.keys()]),
  ].sort()) {
    const was = partiesBefore.get(organisationId);
    const now = partiesAfter.get(organisationId);
    if (!was) changes.push({ kind: "party_added", organisationId });
    else if (!now) changes.push({ kind: "party_removed", organisationId });
    else changes.push(...partyChanges(organisationId, was, now));
  }

  changes.push(
    ...setChanges(before.dataCategoryIds, after.dataCategoryIds).map(
      ([added, dataCategoryId]): VersionChange => ({
        kind: added ? "category_added" : "category_removed",
        dataCategoryId,
      }),
    ),
    ...setChanges(before.flowIds, after.flowIds).map(([added, flowId]): VersionChange => ({
      kind: added ? "flow_added" : "flow_removed",
      flowId,
    })),
  );
  return changes;
}

function partyChanges(
  organisationId: string,
  was: PartyContent,
  now: PartyContent,
): VersionChange[] {
  const a = was as unknown as Record<string, unknown>;
  const b = now as unknown as Record<string, unknown>;
  return keysOf(a, b)
    .filter((field) => !same(a[field], b[field]))
    .map((field) => ({
      kind: "party_changed",
      organisationId,
      field,
      before: a[field] ?? null,
      after: b[field] ?? null,
    }));
}

/** [true, id] for each id added, [false, id] for each removed, in id order. */
function setChanges(before: readonly string[], after: readonly string[]): [boolean, string][] {
  const was = new Set(before);
  const now = new Set(after);
  return [...new Set([...before, ...after])]
    .sort()
    .filter((id) => was.has(id) !== now.has(id))
    .map((id) => [now.has(id), id]);
}
