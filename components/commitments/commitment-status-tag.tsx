import { commitmentStatusLabels, commitmentStatusTags } from "@/lib/commitments/labels";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

export function CommitmentStatusTag({ status }: { status: CommitmentStatus }) {
  return (
    <strong className={`nhs-tag ${commitmentStatusTags[status]}`} data-testid="commitment-status">
      {commitmentStatusLabels[status]}
    </strong>
  );
}
