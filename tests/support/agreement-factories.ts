import type { DbClient } from "@/lib/db/types";
import { randomUUID } from "node:crypto";

import type { AgreementStatus } from "@/lib/generated/prisma/enums";

const unique = () => randomUUID().slice(0, 8);

/** An agreement between organisations, written directly, in any status. */
export function createAgreement(
  prisma: DbClient,
  options: {
    parties: { organisationId: string; signatoryId?: string | null; contactEmail?: string }[];
    dataCategoryIds?: string[];
    flowIds?: string[];
    status?: AgreementStatus;
    coversByRule?: boolean;
    published?: boolean;
    reference?: string;
    title?: string;
    reviewDate?: Date | null;
    endDate?: Date | null;
  },
) {
  return prisma.agreement.create({
    data: {
      reference: options.reference ?? `DSA-T-${unique()}`,
      title: options.title ?? `Agreement ${unique()}`,
      type: "DATA_SHARING_AGREEMENT",
      status: options.status ?? "ACTIVE",
      coversByRule: options.coversByRule ?? false,
      published: options.published ?? false,
      purposes: "Direct care of the people the pathway serves.",
      reviewDate: options.reviewDate ?? null,
      endDate: options.endDate ?? null,
      parties: {
        create: options.parties.map((party, position) => ({
          organisationId: party.organisationId,
          signatoryId: party.signatoryId ?? null,
          contactEmail: party.contactEmail ?? "",
          controllerRole: "CONTROLLER",
          direction: "BOTH",
          position,
        })),
      },
      dataCategories: {
        create: (options.dataCategoryIds ?? []).map((dataCategoryId) => ({ dataCategoryId })),
      },
      flows: { create: (options.flowIds ?? []).map((flowId) => ({ flowId })) },
    },
  });
}
