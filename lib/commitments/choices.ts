import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { linkOptions, type Option, ownerOptions } from "./options";
import { commitmentPolicy } from "./policy";
import { refuseRecording } from "./write-commitment";

export interface CommitmentChoices {
  owners: Option[];
  links: Option[];
}

/**
 * The owners and records a commitment of an organisation may have, for the forms, to those who
 * may record its commitments only.
 */
export async function getCommitmentChoices(
  actor: Actor,
  organisationId: string,
): Promise<CommitmentChoices> {
  if (!isId(organisationId)) throw new AppError("NOT_FOUND", "That organisation does not exist.");
  if (!commitmentPolicy.canRecordFor(actor, organisationId)) throw refuseRecording();
  const prisma = await getPrisma();
  const [owners, links] = await Promise.all([
    ownerOptions(prisma, organisationId),
    linkOptions(prisma, organisationId),
  ]);
  return { owners, links };
}

/** The organisations a person may record commitments for, for the new commitment page. */
export async function recordingOrganisationOptions(actor: Actor): Promise<Option[]> {
  const allowed = commitmentPolicy.recordingOrganisations(actor);
  const prisma = await getPrisma();
  const organisations = await prisma.organisation.findMany({
    where: { archivedAt: null, ...(allowed === null ? {} : { id: { in: allowed } }) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return organisations.map((o) => ({ value: o.id, label: o.name }));
}
