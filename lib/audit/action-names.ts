// Audit actions are named `domain.verb_in_past`, every part in lower snake case: "data_need.added",
// "maturity_round.opened", "maturity.results_shared". Rows written before the names were made one
// style have camelCase parts ("dataNeed.added"). The trail is append-only, so those rows keep
// their names; this is the one place that maps them, so that the trail's filters and table show
// one vocabulary.

/** Every camelCase name the trail may hold from before. */
export const LEGACY_ACTION_NAMES = [
  "dataNeed.added",
  "dataNeed.removed",
  "dataNeed.updated",
  "maturity.resultsShared",
  "maturity.resultsUnshared",
  "maturityAnswer.saved",
  "maturityAssessment.returned",
  "maturityAssessment.sectionAssigned",
  "maturityAssessment.sectionCleared",
  "maturityAssessment.submitted",
  "maturityAssessment.validated",
  "maturityRound.opened",
  "maturityRound.updated",
] as const;

const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();

/** An action's name as the trail shows it, whichever style the row was written in. */
export const currentActionName = (stored: string): string => snakeCase(stored);

/**
 * Every stored name a filter must match for a current name, or for a prefix such as "data_need."
 * (every action of a domain): the name itself, and what older rows call it.
 */
export function storedActionNames(current: string): string[] {
  const older = new Set<string>();
  for (const legacy of LEGACY_ACTION_NAMES) {
    if (current.endsWith(".")) {
      const depth = current.split(".").length - 1;
      const prefix = `${legacy.split(".").slice(0, depth).join(".")}.`;
      if (prefix !== current && snakeCase(prefix) === current) older.add(prefix);
    } else if (snakeCase(legacy) === current) {
      older.add(legacy);
    }
  }
  return [current, ...older];
}
