import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { CommitmentStatusTag } from "@/components/commitments/commitment-status-tag";
import { dayFormat } from "@/components/interactions/interactions-table";
import { requireActor } from "@/lib/auth/require-actor";
import { getInteraction } from "@/lib/interactions/get-interaction";
import {
  interactionDirectionLabels,
  interactionKindLabels,
  sentimentLabels,
} from "@/lib/interactions/labels";

export const metadata = { title: "Interaction" };

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

export default async function InteractionPage({
  params,
}: {
  params: Promise<{ interactionId: string }>;
}) {
  const { interactionId } = await params;
  const actor = await requireActor(`/interactions/${interactionId}`);
  const interaction = await getInteraction(actor, interactionId);
  if (!interaction) notFound();
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href="/interactions">Back to interactions</Link>
      </p>
      <h1>
        {interactionKindLabels[interaction.kind]} on {dayFormat.format(interaction.occurredOn)}
      </h1>
      {interaction.canEdit ? (
        <p>
          <Link href={`/interactions/${interaction.id}/edit`}>Change the interaction</Link>
        </p>
      ) : null}
      <dl className="nhs-card">
        <Row label="Organisations">
          <ul className="m-0 list-none pl-0">
            {interaction.organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        </Row>
        <Row label="People">
          {interaction.people.length === 0
            ? "Nobody with an account named"
            : interaction.people
                .map((person) =>
                  person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.name,
                )
                .join("; ")}
        </Row>
        <Row label="Who reached out">{interactionDirectionLabels[interaction.direction]}</Row>
        <Row label="Summary">{interaction.summary}</Row>
        <Row label="How it went">{sentimentLabels[interaction.sentiment]}</Row>
        <Row label="Follow-up actions">{interaction.followUp ?? "None recorded"}</Row>
        <Row label="Logged by">
          {interaction.createdBy?.name ?? "Someone whose account was removed"}
        </Row>
      </dl>
      <section aria-labelledby="commitments-heading" className="mb-8">
        <h2 id="commitments-heading">Commitments made</h2>
        {interaction.commitments.length === 0 ? (
          <p>No commitments you can see were made at this interaction.</p>
        ) : (
          <ul className="list-none pl-0">
            {interaction.commitments.map((commitment) => (
              <li key={commitment.id} className="mb-2">
                <Link href={`/commitments/${commitment.id}`}>{commitment.title}</Link> (
                {commitment.organisation.name}, due {dayFormat.format(commitment.dueOn)}){" "}
                <CommitmentStatusTag status={commitment.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
