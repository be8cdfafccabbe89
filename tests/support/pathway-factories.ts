import type { DbClient } from "@/lib/db/types";
import type { Actor } from "@/lib/auth/actor";
import type { Timeliness } from "@/lib/generated/prisma/enums";

import { actor } from "./actors";
import { createUser } from "./factories";

/** A programme lead who exists in the database, as pathways name their owner and editors. */
export async function createLead(prisma: DbClient): Promise<Actor> {
  const user = await createUser(prisma, { role: "PROGRAMME_LEAD" });
  return actor({ userId: user.id, email: user.email, name: user.name, role: "PROGRAMME_LEAD" });
}

export const categoryId = async (prisma: DbClient, name: string) =>
  (await prisma.dataCategory.findUniqueOrThrow({ where: { name }, select: { id: true } })).id;

/** A flow's form input, ready to send, with what every flow needs. */
export const flowInput = (
  fromStepId: string,
  toStepId: string,
  dataCategoryIds: string[],
  overrides: Record<string, unknown> = {},
) => ({
  fromStepId,
  toStepId,
  dataCategoryIds,
  purpose: "Safe discharge",
  timeliness: "SAME_DAY" satisfies Timeliness,
  volumePerMonth: "120",
  mechanism: "API",
  standard: "FHIR UK Core",
  currentState: "FULLY_DIGITAL",
  senderHoldsDigitally: "yes",
  receiverCanTakeIn: "yes",
  notes: "",
  ...overrides,
});

/** A data need recorded directly, for readiness tests. */
export function createDataNeed(
  prisma: DbClient,
  data: {
    organisationId: string;
    dataCategoryId: string;
    sourceOrganisationId?: string;
    sourceOrganisationType?: "GP_PRACTICE" | "ACUTE_TRUST" | "CARE_HOME";
    metToday?: "FULLY" | "PARTLY" | "NOT_AT_ALL";
  },
) {
  return prisma.dataNeed.create({
    data: {
      teamOrRole: "Care team",
      timeliness: "SAME_DAY",
      purpose: "Safe care",
      importance: "ESSENTIAL",
      metToday: "PARTLY",
      ...data,
    },
  });
}
