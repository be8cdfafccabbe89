import { GET as exportResults } from "@/app/maturity/rounds/[roundId]/results/export.csv/route";
import { changeResultsSharing } from "@/app/organisations/[organisationId]/maturity/actions";
import { getPrisma } from "@/lib/db/client";

import { createFramework, createRound } from "../../support/maturity-factories";
import { completeAssessment } from "../../support/maturity-results-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
// Sharing is the organisation's own choice: not even leads make it for them.
const organisationAAdminOnly = expect6(
  "sign-in",
  "denied",
  "allowed",
  "denied",
  "denied",
  "denied",
);
const nobody = expect6("sign-in", "denied", "denied", "denied", "denied", "denied");

/** A round in which organisations A and B have submitted their assessments. */
async function roundOfAAndB(world: World) {
  const prisma = await getPrisma();
  const framework = await createFramework(prisma, { dimensions: 2, questions: 1 });
  const round = await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [world.organisationA.id, world.organisationB.id],
  });
  for (const [index, assessment] of round.assessments.entries()) {
    await completeAssessment(prisma, framework, assessment.id, [index + 2, 3]);
  }
  return { roundId: round.id };
}

const exportOf = (roundId: string) =>
  exportResults(new Request(`http://localhost/maturity/rounds/${roundId}/results/export.csv`), {
    params: Promise.resolve({ roundId }),
  });

export const maturityResultRows = [
  row({
    handler: "app/organisations/[organisationId]/maturity/actions.ts#changeResultsSharing",
    attempt: "share organisation A's named maturity results",
    expected: organisationAAdminOnly,
    run: (world) =>
      changeResultsSharing(form({ organisationId: world.organisationA.id, share: "true" })),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/maturity/actions.ts#changeResultsSharing",
    attempt: "stop sharing organisation A's named maturity results",
    expected: organisationAAdminOnly,
    prepare: async (world) => {
      await (
        await getPrisma()
      ).organisation.update({
        where: { id: world.organisationA.id },
        data: { shareMaturityResults: true },
      });
    },
    run: (world) =>
      changeResultsSharing(form({ organisationId: world.organisationA.id, share: "false" })),
    changes: true,
  }),
  row({
    handler: "app/maturity/rounds/[roundId]/results/export.csv/route.ts#GET",
    attempt: "download every organisation's results in a round as CSV",
    expected: leadsOnly,
    prepare: roundOfAAndB,
    run: (_world, { roundId }) => exportOf(roundId),
  }),
  row({
    handler: "app/maturity/rounds/[roundId]/results/export.csv/route.ts#GET",
    attempt: "download the results of a round that does not exist",
    expected: nobody,
    run: () => exportOf("00000000-0000-4000-8000-000000000000"),
    auditsDenial: false,
  }),
];
