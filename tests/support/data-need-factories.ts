import type { DbClient } from "@/lib/db/types";
import { randomUUID } from "node:crypto";

import type {
  NeedImportance,
  NeedMet,
  OrganisationType,
  Timeliness,
} from "@/lib/generated/prisma/enums";

// Factories for data needs and what they point at: data categories and pathway steps.
const unique = () => randomUUID().slice(0, 8);

export function createDataCategory(prisma: DbClient, name = `Category ${unique()}`) {
  return prisma.dataCategory.create({ data: { name } });
}

/** A pathway with one step done by any organisation of a type. */
export async function createPathwayStep(prisma: DbClient, pathwayName = `Pathway ${unique()}`) {
  const pathway = await prisma.pathway.create({
    data: {
      name: pathwayName,
      population: "Frail older people",
      purpose: "Safe discharge home",
      steps: {
        create: {
          name: `Step ${unique()}`,
          performerRole: "Discharge coordinator",
          organisationType: "ACUTE_TRUST",
          position: 1,
        },
      },
    },
    include: { steps: true },
  });
  return { pathwayId: pathway.id, stepId: pathway.steps[0]!.id };
}

export function createDataNeed(
  prisma: DbClient,
  organisationId: string,
  overrides: {
    dataCategoryId: string;
    teamOrRole?: string;
    sourceOrganisationId?: string;
    sourceOrganisationType?: OrganisationType;
    timeliness?: Timeliness;
    importance?: NeedImportance;
    metToday?: NeedMet;
    pathwayStepId?: string;
    purpose?: string;
  },
) {
  const { sourceOrganisationId, sourceOrganisationType, ...rest } = overrides;
  return prisma.dataNeed.create({
    data: {
      organisationId,
      teamOrRole: `Team ${unique()}`,
      timeliness: "SAME_DAY",
      importance: "IMPORTANT",
      metToday: "PARTLY",
      purpose: "To plan care",
      ...rest,
      sourceOrganisationId: sourceOrganisationId ?? null,
      sourceOrganisationType: sourceOrganisationId
        ? null
        : (sourceOrganisationType ?? "GP_PRACTICE"),
    },
  });
}
