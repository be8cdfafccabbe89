import "server-only";

import type { ChangeCounterName } from "@/lib/db/derived-cache";
import { sharedCache } from "@/lib/db/derived-cache";

// The dashboard's costliest figures count every data need, every commitment and every forum post
// of the last 30 days. They are counted once per change of what they count (the change counters,
// read with the page's others) and per scope, then kept: a board meeting opening the dashboard at
// once counts them once.

const keptFigures = sharedCache<unknown>("dashboard-figures", 512);

/** Counter values, read once for the whole dashboard. */
export type Counters = Readonly<Record<ChangeCounterName, string>>;

/**
 * `compute`'s figure, counted afresh only when one of `counters` has moved since, or for a new
 * `scope` (the filters, who is looking, the day).
 */
export function keptFigure<T>(
  name: string,
  counters: Counters,
  uses: readonly ChangeCounterName[],
  scope: readonly (string | undefined)[],
  compute: () => Promise<T>,
): Promise<T> {
  const key = JSON.stringify([name, ...uses.map((counter) => counters[counter]), ...scope]);
  return keptFigures.get(key, compute) as Promise<T>;
}
