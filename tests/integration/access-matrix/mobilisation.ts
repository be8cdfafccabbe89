import { endorseCharterVersion, publishCharterVersion } from "@/app/charter/actions";
import { addCommitment, loadCommitmentChoices, saveCommitment } from "@/app/commitments/actions";
import { addInteraction, saveInteraction } from "@/app/interactions/actions";
import { saveEngagement } from "@/app/organisations/[organisationId]/engagement/actions";
import { getPrisma } from "@/lib/db/client";

import { row } from "./row";
import { expect6, type World } from "./world";

// Engagement, interactions, commitments and the charter: editing engagement without the lead
// role, interactions and commitments of another organisation by id, endorsing for another
// organisation.

const commitment = {
  title: "Sign the discharge agreement",
  description: "",
  ownerId: "",
  dueOn: "2031-03-01",
  status: "OPEN",
  link: "",
};

const meetingWith = (organisationIds: string[]) => ({
  kind: "MEETING",
  occurredOn: "2026-11-20",
  direction: "OUTBOUND",
  organisationIds,
  personIds: [],
  summary: "Talked through the discharge pathway",
  sentiment: "POSITIVE",
  followUp: "",
  commitments: [],
});

async function commitmentOfA(world: World) {
  const prisma = await getPrisma();
  return prisma.commitment.create({
    data: {
      organisationId: world.organisationA.id,
      title: "Matrix",
      dueOn: new Date("2031-01-01"),
    },
    select: { id: true },
  });
}

/** An interaction that only organisation B took part in. */
async function interactionOfB(world: World) {
  const prisma = await getPrisma();
  return prisma.interaction.create({
    data: {
      kind: "CALL",
      occurredOn: new Date("2026-11-01"),
      direction: "INBOUND",
      summary: "B's call",
      sentiment: "NEUTRAL",
      organisations: { create: [{ organisationId: world.organisationB.id }] },
    },
    select: { id: true },
  });
}

async function nextCharterNumber() {
  const prisma = await getPrisma();
  const latest = await prisma.charterVersion.findFirst({ orderBy: { number: "desc" } });
  return latest?.number ?? 0;
}

export const mobilisationRows = [
  row({
    handler: "app/organisations/[organisationId]/engagement/actions.ts#saveEngagement",
    attempt: "change organisation A's engagement",
    expected: expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed"),
    run: (world) =>
      saveEngagement(world.organisationA.id, {
        engagementCurrent: "SUPPORTIVE",
        engagementDesired: "LEADING",
        reason: "Signed up to the pilot",
      }),
    changes: true,
  }),
  row({
    handler: "app/commitments/actions.ts#loadCommitmentChoices",
    attempt: "list the owners and records a commitment of organisation A may have",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    run: (world) => loadCommitmentChoices(world.organisationA.id),
  }),
  row({
    handler: "app/commitments/actions.ts#addCommitment",
    attempt: "record a commitment of organisation A",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    run: (world) => addCommitment(world.organisationA.id, commitment),
    changes: true,
  }),
  row({
    handler: "app/commitments/actions.ts#saveCommitment",
    attempt: "change a commitment of organisation A, by its id",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    prepare: commitmentOfA,
    run: (_world, { id }) => saveCommitment(id, 1, { ...commitment, title: "Changed" }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/interactions/actions.ts#addInteraction",
    attempt: "log an interaction with organisation A",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    run: (world) => addInteraction(meetingWith([world.organisationA.id])),
    changes: true,
  }),
  row({
    handler: "app/interactions/actions.ts#saveInteraction",
    attempt: "change an interaction of organisation B, by its id",
    expected: expect6("sign-in", "denied", "denied", "allowed", "allowed", "allowed"),
    prepare: interactionOfB,
    run: (world, { id }) => saveInteraction(id, 1, meetingWith([world.organisationB.id])),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/charter/actions.ts#publishCharterVersion",
    attempt: "publish a new version of the charter",
    expected: expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed"),
    prepare: nextCharterNumber,
    run: (_world, basedOn) =>
      publishCharterVersion(basedOn, { text: "# Charter", changeNote: "A change" }),
    changes: true,
  }),
  row({
    handler: "app/charter/actions.ts#endorseCharterVersion",
    attempt: "endorse the charter for organisation A",
    expected: expect6("sign-in", "denied", "allowed", "denied", "denied", "denied"),
    prepare: async () => {
      const prisma = await getPrisma();
      const number = (await nextCharterNumber()) + 1;
      await prisma.charterVersion.create({ data: { number, text: "# Charter" } });
      return number;
    },
    run: (world, number) => {
      const form = new FormData();
      form.set("organisationId", world.organisationA.id);
      form.set("versionNumber", String(number));
      return endorseCharterVersion(form);
    },
    changes: true,
  }),
];
