import type { CoverageVerdict } from "@/lib/agreements/coverage/coverage";
import { coverageVerdictLabels } from "@/lib/agreements/coverage/words";

const tagClass: Record<CoverageVerdict, string> = {
  COVERED: "nhs-tag nhs-tag-green",
  AT_RISK: "nhs-tag nhs-tag-yellow",
  NOT_COVERED: "nhs-tag nhs-tag-red",
  NOT_NEEDED: "nhs-tag nhs-tag-grey",
};

/** A flow's coverage by data sharing agreements as an NHS.UK tag. */
export function CoverageTag({ verdict }: { verdict: CoverageVerdict }) {
  return <strong className={tagClass[verdict]}>{coverageVerdictLabels[verdict]}</strong>;
}
