import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { CommitmentStatusTag } from "@/components/commitments/commitment-status-tag";
import { requireActor } from "@/lib/auth/require-actor";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { commitmentLinkKindLabels, commitmentLinkRules } from "@/lib/commitments/labels";

export const metadata = { title: "Commitment" };

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

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
        <Row label="Organisation">
          <Link href={`/organisations/${commitment.organisation.id}`}>
            {commitment.organisation.name}
          </Link>
        </Row>
        <Row label="Owner">{commitment.owner?.name ?? "Nobody yet"}</Row>
        <Row label="Due">{dayFormat.format(commitment.dueOn)}</Row>
        {commitment.completedAt ? (
          <Row label="Done on">{dayFormat.format(commitment.completedAt)}</Row>
        ) : null}
        <Row label="Proved by">
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
        </Row>
        <Row label="Details">{commitment.description ?? "None"}</Row>
        {commitment.interactionId ? (
          <Row label="Made at">
            <Link href={`/interactions/${commitment.interactionId}`}>An interaction</Link>
          </Row>
        ) : null}
        <Row label="Recorded by">{commitment.createdBy?.name ?? "Not known"}</Row>
      </dl>
    </div>
  );
}
