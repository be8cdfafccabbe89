import "server-only";

import { agreementPolicy } from "@/lib/agreements/policy";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { isId } from "@/lib/validation/ids";

export interface OrganisationAgreement {
  id: string;
  reference: string;
  title: string;
  status: AgreementStatus;
  reviewDate: Date | null;
  endDate: Date | null;
  /** The other parties' names. */
  withOrganisations: string[];
  /** The organisation has still to sign the version awaiting signatures. */
  toSign: boolean;
}

/**
 * The agreements an organisation is a party to, as far as the reader may see them (the register's
 * rule: leads all, members of a party theirs, everyone the published ones), with what the
 * organisation still has to sign. Two queries.
 */
export async function listOrganisationAgreements(
  actor: Actor,
  organisationId: string,
): Promise<OrganisationAgreement[]> {
  if (!isId(organisationId)) return [];
  const prisma = await getPrisma();
  const agreements = await prisma.agreement.findMany({
    where: {
      AND: [{ parties: { some: { organisationId } } }, agreementPolicy.readableWhere(actor)],
    },
    orderBy: [{ reviewDate: { sort: "asc", nulls: "last" } }, { reference: "asc" }],
    take: 100,
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      reviewDate: true,
      endDate: true,
      versionNumber: true,
      parties: {
        orderBy: { position: "asc" },
        select: { organisationId: true, organisation: { select: { name: true } } },
      },
    },
  });
  const awaiting = agreements.filter((agreement) => agreement.status === "AWAITING_SIGNATURES");
  const signed = await prisma.agreementSignature.findMany({
    where: {
      agreementId: { in: awaiting.map((agreement) => agreement.id) },
      organisationId,
      decision: "SIGNED",
      voidedAt: null,
      version: { voidedAt: null },
    },
    select: { agreementId: true, version: { select: { number: true } } },
  });
  return agreements.map(({ parties, versionNumber, ...agreement }) => ({
    ...agreement,
    withOrganisations: parties
      .filter((party) => party.organisationId !== organisationId)
      .map((party) => party.organisation.name),
    toSign:
      agreement.status === "AWAITING_SIGNATURES" &&
      !signed.some(
        (signature) =>
          signature.agreementId === agreement.id && signature.version.number === versionNumber,
      ),
  }));
}
