import "server-only";

import type { AgreementContent } from "@/lib/agreements/canonical";
import { agreementContentOf } from "@/lib/agreements/canonical";
import { agreementPolicy } from "@/lib/agreements/policy";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { isId } from "@/lib/validation/ids";

export interface AgreementDocument {
  id: string;
  status: AgreementStatus;
  /** The version shown: the current frozen version, or null for the working draft. */
  version: { number: number; contentHash: string; createdAt: Date } | null;
  content: AgreementContent;
  organisations: Map<string, string>;
  categories: string[];
  signatures: {
    partyOrganisationId: string;
    signerName: string;
    signerRole: string;
    decision: "SIGNED" | "DECLINED";
    reason: string | null;
    signedAt: Date;
    contentHash: string;
  }[];
}

/**
 * An agreement as its printable document: the current version's frozen content where it has one,
 * else the working record, with the signatures on that version. Only those who may read its
 * private parts (leads and members of its parties) get it; for anyone else it does not exist.
 */
export async function getAgreementDocument(
  actor: Actor,
  agreementId: string,
): Promise<AgreementDocument | null> {
  if (!isId(agreementId)) return null;
  const prisma = await getPrisma();
  const agreement = await prisma.agreement.findFirst({
    where: { AND: [{ id: agreementId }, agreementPolicy.readableWhere(actor)] },
    include: {
      parties: { orderBy: { position: "asc" } },
      dataCategories: { select: { dataCategoryId: true } },
      flows: { select: { flowId: true } },
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        include: { signatures: { where: { voidedAt: null }, orderBy: { signedAt: "asc" } } },
      },
    },
  });
  if (!agreement) return null;
  const { parties, dataCategories, flows, versions, ...row } = agreement;
  if (
    !agreementPolicy.canReadPrivate(
      actor,
      parties.map((party) => party.organisationId),
    )
  ) {
    return null;
  }
  const frozen = versions[0] && versions[0].number === row.versionNumber ? versions[0] : null;
  const content = frozen
    ? (frozen.content as unknown as AgreementContent)
    : agreementContentOf(
        row,
        parties,
        dataCategories.map((category) => category.dataCategoryId),
        flows.map((flow) => flow.flowId),
      );
  // Parties in the order the agreement lists them, whichever content is shown.
  const position = new Map(parties.map((party) => [party.organisationId, party.position]));
  content.parties = [...content.parties].sort(
    (a, b) => (position.get(a.organisationId) ?? 0) - (position.get(b.organisationId) ?? 0),
  );
  const [organisations, categories] = await Promise.all([
    prisma.organisation.findMany({
      where: { id: { in: content.parties.map((party) => party.organisationId) } },
      select: { id: true, name: true },
    }),
    prisma.dataCategory.findMany({
      where: { id: { in: content.dataCategoryIds } },
      select: { name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const partyOrganisation = new Map(parties.map((party) => [party.id, party.organisationId]));
  return {
    id: row.id,
    status: row.status,
    version: frozen
      ? { number: frozen.number, contentHash: frozen.contentHash, createdAt: frozen.createdAt }
      : null,
    content,
    organisations: new Map(
      organisations.map((organisation) => [organisation.id, organisation.name]),
    ),
    categories: categories.map((category) => category.name),
    signatures: (frozen?.signatures ?? []).map((signature) => ({
      partyOrganisationId: partyOrganisation.get(signature.partyId) ?? signature.organisationId,
      signerName: signature.signerName,
      signerRole: signature.signerRole,
      decision: signature.decision,
      reason: signature.reason,
      signedAt: signature.signedAt,
      contentHash: signature.contentHash,
    })),
  };
}
