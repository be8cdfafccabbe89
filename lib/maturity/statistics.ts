import { quantileSorted } from "d3-array";

// Distributions of dimension scores across organisations, for benchmarks that name nobody.

/** Fewer organisations than this and a distribution is not shown: it could identify them. */
export const SMALLEST_GROUP = 3;

/** A distribution's columns as people read them, in the order of its figures. */
export const DISTRIBUTION_COLUMNS = [
  "Organisations",
  "Lowest",
  "Lower quartile",
  "Median",
  "Upper quartile",
  "Highest",
] as const;

export interface Distribution {
  count: number;
  min: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  max: number;
}

const toTenth = (value: number) => Math.round(value * 10) / 10;

/** The spread of some scores, each figure to one decimal place; null when there are none. */
export function distributionOf(scores: readonly (number | null)[]): Distribution | null {
  const sorted = scores.filter((score): score is number => score !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (p: number) => toTenth(quantileSorted(sorted, p) as number);
  return {
    count: sorted.length,
    min: sorted[0] as number,
    lowerQuartile: at(0.25),
    median: at(0.5),
    upperQuartile: at(0.75),
    max: sorted[sorted.length - 1] as number,
  };
}

/** The median of some scores to one decimal place, or null when there are none. */
export const medianOf = (scores: readonly (number | null)[]) =>
  distributionOf(scores)?.median ?? null;

/** A distribution others may see: hidden when the group is small enough to identify its members. */
export const shareableDistribution = (distribution: Distribution | null) =>
  distribution && distribution.count >= SMALLEST_GROUP ? distribution : null;
