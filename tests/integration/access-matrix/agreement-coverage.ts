import { publishAgreement } from "@/app/agreements/[agreementId]/publication/actions";
import { GET as getCoalitionCsv } from "@/app/agreements/coverage/export.csv/route";
import { GET as getPathwayCoverageCsv } from "@/app/pathways/[pathwayId]/agreements/coverage.csv/route";
import { getPrisma } from "@/lib/db/client";
import { addStep } from "@/lib/pathways/add-step";
import { createPathway } from "@/lib/pathways/create-pathway";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { insertAgreement } from "../../support/agreement-factories";
import { createOrganisation } from "../../support/factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
const everyone = expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed");

async function pathway(world: World, publish: boolean) {
  const lead = world.actors.lead;
  const { id } = await createPathway(lead, {
    name: "Coverage pathway",
    population: "Everyone",
    purpose: "Testing access",
  });
  await addStep(lead, id, {
    name: "Visit",
    lane: `org:${world.organisationA.id}`,
    performerRole: "District nurse",
  });
  if (publish) await publishPathway(lead, id);
  return { id };
}

const pathwayCsv = (pathwayId: string) =>
  getPathwayCoverageCsv(
    new Request(`http://localhost/pathways/${pathwayId}/agreements/coverage.csv`),
    { params: Promise.resolve({ pathwayId }) },
  );

const publication = (agreementId: string, published: "true" | "false") => {
  const data = new FormData();
  data.set("agreementId", agreementId);
  data.set("published", published);
  return publishAgreement(data);
};

/** An agreement between A and B, or between two organisations neither belongs to. */
async function agreementOf(world: World, between: "A and B" | "others") {
  const prisma = await getPrisma();
  const parties =
    between === "A and B"
      ? [world.organisationA.id, world.organisationB.id]
      : [
          (await createOrganisation(prisma, { placeId: world.placeId })).id,
          (await createOrganisation(prisma, { placeId: world.placeId })).id,
        ];
  return insertAgreement(prisma, {
    parties: parties.map((organisationId) => ({ organisationId })),
  });
}

export const agreementCoverageRows = [
  row({
    handler: "app/pathways/[pathwayId]/agreements/coverage.csv/route.ts#GET",
    attempt: "export a published pathway's agreement coverage",
    expected: everyone,
    prepare: (world) => pathway(world, true),
    run: (_world, prepared) => pathwayCsv(prepared.id),
  }),
  row({
    handler: "app/pathways/[pathwayId]/agreements/coverage.csv/route.ts#GET",
    attempt: "export a draft pathway's agreement coverage",
    // Drafts are the leads' alone: to anyone else they do not exist.
    expected: leadsOnly,
    prepare: (world) => pathway(world, false),
    run: (_world, prepared) => pathwayCsv(prepared.id),
    auditsDenial: false,
  }),
  row({
    handler: "app/agreements/coverage/export.csv/route.ts#GET",
    attempt: "export the coalition's agreement coverage",
    expected: leadsOnly,
    run: () => getCoalitionCsv(new Request("http://localhost/agreements/coverage/export.csv")),
  }),
  row({
    handler: "app/agreements/[agreementId]/publication/actions.ts#publishAgreement",
    attempt: "publish an agreement between organisations A and B",
    // Their members read it but do not decide; their admins and the leads do.
    expected: expect6("sign-in", "denied", "allowed", "allowed", "allowed", "allowed"),
    prepare: (world) => agreementOf(world, "A and B"),
    run: (_world, agreement) => publication(agreement.id, "true"),
    changes: true,
  }),
  row({
    handler: "app/agreements/[agreementId]/publication/actions.ts#publishAgreement",
    attempt: "publish an unpublished agreement of other organisations, by id",
    expected: leadsOnly,
    prepare: (world) => agreementOf(world, "others"),
    run: (_world, agreement) => publication(agreement.id, "true"),
    changes: true,
    // To those outside it, an unpublished agreement does not exist.
    auditsDenial: false,
  }),
];
