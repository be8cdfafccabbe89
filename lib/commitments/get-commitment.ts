import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import type { CommitmentLinkKind } from "./labels";
import { commitmentPolicy } from "./policy";

/** A commitment as the actor may see it; null when it does not exist or is not theirs to read. */
export async function getCommitment(actor: Actor, commitmentId: string) {
  if (!isId(commitmentId)) return null;
  const prisma = await getPrisma();
  const commitment = await prisma.commitment.findFirst({
    where: { id: commitmentId, ...commitmentPolicy.readableWhere(actor) },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      dueOn: true,
      completedAt: true,
      version: true,
      createdAt: true,
      organisation: { select: { id: true, name: true } },
      owner: { select: { id: true, name: true } },
      createdBy: { select: { name: true } },
      agreement: { select: { id: true, reference: true, title: true } },
      assessment: { select: { id: true, round: { select: { name: true } } } },
      pathway: { select: { id: true, name: true } },
      flow: {
        select: {
          id: true,
          pathwayId: true,
          pathway: { select: { name: true } },
          fromStep: { select: { name: true } },
          toStep: { select: { name: true } },
        },
      },
      interactionId: true,
    },
  });
  if (!commitment) return null;
  const { agreement, assessment, pathway, flow, ...rest } = commitment;
  let link: { kind: CommitmentLinkKind; id: string; label: string; href: string } | null = null;
  if (agreement) {
    link = {
      kind: "agreement",
      id: agreement.id,
      label: `${agreement.reference} ${agreement.title}`,
      href: `/agreements/${agreement.id}`,
    };
  } else if (assessment) {
    link = {
      kind: "assessment",
      id: assessment.id,
      label: assessment.round.name,
      href: `/maturity/assessments/${assessment.id}`,
    };
  } else if (pathway) {
    link = {
      kind: "pathway",
      id: pathway.id,
      label: pathway.name,
      href: `/pathways/${pathway.id}`,
    };
  } else if (flow) {
    link = {
      kind: "flow",
      id: flow.id,
      label: `${flow.pathway.name}, ${flow.fromStep.name} to ${flow.toStep.name}`,
      href: `/pathways/${flow.pathwayId}`,
    };
  }
  return {
    ...rest,
    link,
    canEdit: commitmentPolicy.canRecordFor(actor, commitment.organisation.id),
  };
}

export type CommitmentView = NonNullable<Awaited<ReturnType<typeof getCommitment>>>;
