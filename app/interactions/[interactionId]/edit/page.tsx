import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { InteractionForm } from "@/components/interactions/interaction-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getInteractionFormOptions } from "@/lib/interactions/form-data";
import { getInteraction } from "@/lib/interactions/get-interaction";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Change an interaction" };

export default async function EditInteractionPage({
  params,
}: {
  params: Promise<{ interactionId: string }>;
}) {
  const { interactionId } = await params;
  const actor = await requireActor(`/interactions/${interactionId}/edit`);
  const interaction = await getInteraction(actor, interactionId);
  if (!interaction) notFound();
  if (!interaction.canEdit) await denyAccess(actor, "interaction.update");
  const options = await getInteractionFormOptions(actor);
  // People already named stay on the list, even those this person could not name anew.
  const offered = new Set(options.peopleOptions.map((option) => option.value));
  const peopleOptions = [
    ...options.peopleOptions,
    ...interaction.people
      .filter((person) => !offered.has(person.id))
      .map((person) => ({
        value: person.id,
        label: person.name,
        group: { key: "named", label: "Already named" },
      })),
  ];
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href={`/interactions/${interaction.id}`}>Back to the interaction</Link>
      </p>
      <h1>Change the interaction</h1>
      <InteractionForm
        {...options}
        peopleOptions={peopleOptions}
        interaction={{ id: interaction.id, version: interaction.version }}
        defaults={{
          kind: interaction.kind,
          occurredOn: interaction.occurredOn.toISOString().slice(0, 10),
          direction: interaction.direction,
          organisationIds: interaction.organisations.map((o) => o.id),
          personIds: interaction.people.map((p) => p.id),
          summary: interaction.summary,
          sentiment: interaction.sentiment,
          followUp: interaction.followUp ?? "",
          commitments: [],
        }}
      />
    </div>
  );
}
