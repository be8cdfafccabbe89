import "server-only";

import { agreementStatusLabel } from "@/lib/agreements/coverage/words";
import type { DbTransaction } from "@/lib/db/types";

import { commitmentLinkKindLabels } from "./labels";

export interface Option {
  value: string;
  label: string;
}

/** The people who may own an organisation's commitment: its members whose accounts are active. */
export async function ownerOptions(db: DbTransaction, organisationId: string): Promise<Option[]> {
  const members = await db.membership.findMany({
    where: { organisationId, user: { disabledAt: null } },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true, jobTitle: true } } },
  });
  return members.map(({ user }) => ({
    value: user.id,
    label: user.jobTitle ? `${user.name}, ${user.jobTitle}` : user.name,
  }));
}

/**
 * The records that may prove an organisation's commitment: agreements it is a party to, its own
 * assessments, and the pathways and flows it takes part in. The one list the form offers and the
 * server checks a link against.
 */
export async function linkOptions(db: DbTransaction, organisationId: string): Promise<Option[]> {
  const takesPart = { steps: { some: { organisationId } } };
  const [agreements, assessments, pathways, flows] = await Promise.all([
    db.agreement.findMany({
      where: { parties: { some: { organisationId } } },
      orderBy: { reference: "asc" },
      select: { id: true, reference: true, title: true, status: true },
      take: 200,
    }),
    db.assessment.findMany({
      where: { organisationId },
      orderBy: { round: { opensOn: "desc" } },
      select: { id: true, round: { select: { name: true } } },
      take: 50,
    }),
    db.pathway.findMany({
      where: { ...takesPart, status: { not: "ARCHIVED" } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
      take: 200,
    }),
    db.informationFlow.findMany({
      where: {
        pathway: { status: { not: "ARCHIVED" } },
        OR: [{ fromStep: { organisationId } }, { toStep: { organisationId } }],
      },
      orderBy: [{ pathway: { name: "asc" } }, { purpose: "asc" }],
      select: {
        id: true,
        purpose: true,
        pathway: { select: { name: true } },
        fromStep: { select: { name: true } },
        toStep: { select: { name: true } },
      },
      take: 200,
    }),
  ]);
  const kind = commitmentLinkKindLabels;
  return [
    ...agreements.map((agreement) => ({
      value: `agreement:${agreement.id}`,
      label: `${kind.agreement}: ${agreement.reference} ${agreement.title} (${agreementStatusLabel(agreement.status).toLowerCase()})`,
    })),
    ...assessments.map((assessment) => ({
      value: `assessment:${assessment.id}`,
      label: `${kind.assessment}: ${assessment.round.name}`,
    })),
    ...pathways.map((pathway) => ({
      value: `pathway:${pathway.id}`,
      label: `${kind.pathway}: ${pathway.name}`,
    })),
    ...flows.map((flow) => ({
      value: `flow:${flow.id}`,
      label: `${kind.flow}: ${flow.pathway.name}, ${flow.fromStep.name} to ${flow.toStep.name}`,
    })),
  ];
}
