import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { CommitmentStatusTag } from "@/components/commitments/commitment-status-tag";
import { dayFormat } from "@/components/interactions/interactions-table";
import { requireActor } from "@/lib/auth/require-actor";
import { getInteraction } from "@/lib/interactions/get-interaction";
import { SummaryRow } from "@/components/ui/summary-row";
import {
  interactionDirectionLabels,
  interactionKindLabels,
  sentimentLabels,
} from "@/lib/interactions/labels";

export const metadata = { title: "Interaction" };

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
        <SummaryRow label="Organisations">
          <ul className="m-0 list-none pl-0">
            {interaction.organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        </SummaryRow>
        <SummaryRow label="People">
          {interaction.people.length === 0
            ? "Nobody with an account named"
            : interaction.people
                .map((person) =>
                  person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.name,
                )
                .join("; ")}
        </SummaryRow>
        <SummaryRow label="Who reached out">
          {interactionDirectionLabels[interaction.direction]}
        </SummaryRow>
        <SummaryRow label="Summary">{interaction.summary}</SummaryRow>
        <SummaryRow label="How it went">{sentimentLabels[interaction.sentiment]}</SummaryRow>
        <SummaryRow label="Follow-up actions">{interaction.followUp ?? "None recorded"}</SummaryRow>
        <SummaryRow label="Logged by">
          {interaction.createdBy?.name ?? "Someone whose account was removed"}
        </SummaryRow>
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
