import { agreementStatusLabels } from "@/lib/agreements/labels";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

const colour: Record<AgreementStatus, string> = {
  DRAFT: "nhs-tag-grey",
  IN_REVIEW: "nhs-tag-yellow",
  AWAITING_SIGNATURES: "nhs-tag-yellow",
  ACTIVE: "nhs-tag-green",
  REVIEW_DUE: "nhs-tag-yellow",
  EXPIRED: "nhs-tag-red",
  TERMINATED: "nhs-tag-grey",
  SUPERSEDED: "nhs-tag-grey",
};

/** An agreement's status as an NHS.UK tag: its words carry the meaning, the colour repeats it. */
export function StatusTag({ status }: { status: AgreementStatus }) {
  return <strong className={`nhs-tag ${colour[status]}`}>{agreementStatusLabels[status]}</strong>;
}
