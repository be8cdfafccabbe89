/** A dimension score as people read it: one decimal place, or a dash when there is none. */
export const formatScore = (score: number | null | undefined) =>
  score === null || score === undefined ? "–" : score.toFixed(1);
