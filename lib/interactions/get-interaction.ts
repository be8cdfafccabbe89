import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { commitmentPolicy } from "@/lib/commitments/policy";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { interactionPolicy } from "./policy";

/** An interaction as the actor may see it; null when it does not exist or is not theirs to read. */
export async function getInteraction(actor: Actor, interactionId: string) {
  if (!isId(interactionId)) return null;
  const prisma = await getPrisma();
  const interaction = await prisma.interaction.findFirst({
    where: { id: interactionId, ...interactionPolicy.readableWhere(actor) },
    select: {
      id: true,
      kind: true,
      occurredOn: true,
      direction: true,
      summary: true,
      sentiment: true,
      followUp: true,
      version: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      organisations: {
        orderBy: { organisation: { name: "asc" } },
        select: { organisation: { select: { id: true, name: true } } },
      },
      people: {
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true, jobTitle: true } } },
      },
      commitments: {
        where: commitmentPolicy.readableWhere(actor),
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          status: true,
          dueOn: true,
          organisation: { select: { name: true } },
        },
      },
    },
  });
  if (!interaction) return null;
  const organisations = interaction.organisations.map((o) => o.organisation);
  return {
    ...interaction,
    organisations,
    people: interaction.people.map((p) => p.user),
    canEdit: interactionPolicy.canWrite(
      actor,
      organisations.map((o) => o.id),
    ),
  };
}

export type InteractionView = NonNullable<Awaited<ReturnType<typeof getInteraction>>>;
