import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { CommitmentStatusTag } from "@/components/commitments/commitment-status-tag";
import { requireActor } from "@/lib/auth/require-actor";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { commitmentLinkKindLabels, commitmentLinkRules } from "@/lib/commitments/labels";
import { SummaryRow } from "@/components/ui/summary-row";

export const metadata = { title: "Commitment" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function CommitmentPage({
  params,
}: {
  params: Promise<{ commitmentId: string }>;
}) {
  const { commitmentId } = await params;
  const actor = await requireActor(`/commitments/${commitmentId}`);
  const commitment = await getCommitment(actor, commitmentId);
  if (!commitment) notFound();
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href="/commitments">Back to commitments</Link>
      </p>
      <h1>{commitment.title}</h1>
      <p>
        <CommitmentStatusTag status={commitment.status} />
      </p>
      {commitment.canEdit ? (
        <p>
          <Link href={`/commitments/${commitment.id}/edit`}>Change the commitment</Link>
        </p>
      ) : null}
      <dl className="nhs-card">
        <SummaryRow label="Organisation">
          <Link href={`/organisations/${commitment.organisation.id}`}>
            {commitment.organisation.name}
          </Link>
        </SummaryRow>
        <SummaryRow label="Owner">{commitment.owner?.name ?? "Nobody yet"}</SummaryRow>
        <SummaryRow label="Due">{dayFormat.format(commitment.dueOn)}</SummaryRow>
        {commitment.completedAt ? (
          <SummaryRow label="Done on">{dayFormat.format(commitment.completedAt)}</SummaryRow>
        ) : null}
        <SummaryRow label="Proved by">
          {commitment.link ? (
            <>
              {commitmentLinkKindLabels[commitment.link.kind]}:{" "}
              <Link href={commitment.link.href}>{commitment.link.label}</Link>
              <span className="block text-sm">
                The status follows it: {commitmentLinkRules[commitment.link.kind]}.
              </span>
            </>
          ) : (
            "No record: its status is set by hand"
          )}
        </SummaryRow>
        <SummaryRow label="Details">{commitment.description ?? "None"}</SummaryRow>
        {commitment.interactionId ? (
          <SummaryRow label="Made at">
            <Link href={`/interactions/${commitment.interactionId}`}>An interaction</Link>
          </SummaryRow>
        ) : null}
        <SummaryRow label="Recorded by">{commitment.createdBy?.name ?? "Not known"}</SummaryRow>
      </dl>
    </div>
  );
}
