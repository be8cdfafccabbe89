import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  sectionGivenOrder,
  sectionGivenSelect,
  sectionsGivenToWhere,
} from "@/lib/maturity/assessments/list-in-tray";
import { progressOf } from "@/lib/maturity/assessments/progress";
import { roundPhaseWhere } from "@/lib/maturity/rounds/phase";

import type {
  InvitationsAwaiting,
  InvitationToAccept,
  OrganisationNeedsToReview,
  WaitingAssessment,
  WaitingSection,
} from "./types";

/** Each list on the home page shows at most this many; the area's own page has the rest. */
export const HOME_LIST_SIZE = 10;

// What waits for a person in the organisations they act for. Every where-clause starts from the
// actor's own memberships (or their own account), so nothing of another organisation is read.

const unfinished = ["NOT_STARTED", "IN_PROGRESS", "RETURNED"] as const;

export interface MyOrganisation {
  id: string;
  name: string;
  type: Prisma.OrganisationGetPayload<{ select: { type: true } }>["type"];
  admin: boolean;
}

/** The organisations the actor acts for that are not archived, by name. */
export async function readMyOrganisations(
  db: DbTransaction,
  actor: Actor,
): Promise<MyOrganisation[]> {
  const ids = actor.memberships.map((membership) => membership.organisationId);
  if (ids.length === 0) return [];
  const organisations = await db.organisation.findMany({
    where: { id: { in: ids }, archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, type: true },
  });
  const adminOf = new Set(
    actor.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organisationId),
  );
  return organisations.map((organisation) => ({
    ...organisation,
    admin: adminOf.has(organisation.id),
  }));
}

/**
 * Assessments in open rounds that the organisations the actor is admin of still have to submit,
 * returned ones first, then closing soonest; with how far each has got.
 */
export async function readAssessmentsToAnswer(
  db: DbTransaction,
  organisations: MyOrganisation[],
): Promise<WaitingAssessment[]> {
  const adminOf = organisations.filter((organisation) => organisation.admin);
  if (adminOf.length === 0) return [];
  const assessments = await db.assessment.findMany({
    where: {
      organisationId: { in: adminOf.map((organisation) => organisation.id) },
      status: { in: [...unfinished] },
      round: roundPhaseWhere("open"),
    },
    orderBy: [{ round: { closesOn: "asc" } }, { organisation: { name: "asc" } }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      status: true,
      organisation: { select: { name: true, type: true } },
      round: { select: { name: true, closesOn: true, frameworkVersionId: true } },
    },
  });
  const returnedFirst = [
    ...assessments.filter((assessment) => assessment.status === "RETURNED"),
    ...assessments.filter((assessment) => assessment.status !== "RETURNED"),
  ].slice(0, HOME_LIST_SIZE);
  const progress = await progressOf(
    db,
    returnedFirst.map((assessment) => ({
      id: assessment.id,
      organisationType: assessment.organisation.type,
      frameworkVersionId: assessment.round.frameworkVersionId,
    })),
  );
  return returnedFirst.map((assessment) => ({
    id: assessment.id,
    roundName: assessment.round.name,
    closesOn: assessment.round.closesOn,
    organisationName: assessment.organisation.name,
    status: assessment.status,
    answered: progress.get(assessment.id)?.answered ?? 0,
    questions: progress.get(assessment.id)?.questions ?? 0,
  }));
}

/** Sections given to the actor in assessments of their organisations still being answered. */
export async function readSectionsGivenToMe(
  db: DbTransaction,
  actor: Actor,
  organisations: MyOrganisation[],
): Promise<WaitingSection[]> {
  if (organisations.length === 0) return [];
  const sections = await db.sectionAssignment.findMany({
    where: sectionsGivenToWhere(
      actor,
      organisations.map((organisation) => organisation.id),
    ),
    orderBy: [...sectionGivenOrder],
    take: HOME_LIST_SIZE,
    select: sectionGivenSelect,
  });
  return sections.map(({ dimension, assessment }) => ({
    assessmentId: assessment.id,
    dimensionId: dimension.id,
    dimensionName: dimension.name,
    organisationName: assessment.organisation.name,
    roundName: assessment.round.name,
    closesOn: assessment.round.closesOn,
  }));
}

/**
 * For each organisation the actor acts for, how many needs of others name it (or any
 * organisation of its type) and are not fully met, and how many of its own are not: two grouped
 * queries whatever the number of organisations. Organisations with neither are left out.
 */
export async function readNeedsToReview(
  db: DbTransaction,
  organisations: MyOrganisation[],
): Promise<OrganisationNeedsToReview[]> {
  if (organisations.length === 0) return [];
  const ids = organisations.map((organisation) => organisation.id);
  const types = [...new Set(organisations.map((organisation) => organisation.type))];
  const notMet = { metToday: { not: "FULLY" }, organisation: { archivedAt: null } } as const;
  const [fromOthers, own] = await Promise.all([
    db.dataNeed.groupBy({
      by: ["sourceOrganisationId", "sourceOrganisationType"],
      where: {
        ...notMet,
        OR: [{ sourceOrganisationId: { in: ids } }, { sourceOrganisationType: { in: types } }],
      },
      _count: { _all: true },
    }),
    db.dataNeed.groupBy({
      by: ["organisationId"],
      where: { ...notMet, organisationId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  return organisations
    .map((organisation) => ({
      organisationId: organisation.id,
      organisationName: organisation.name,
      fromOthers: fromOthers
        .filter(
          (group) =>
            group.sourceOrganisationId === organisation.id ||
            group.sourceOrganisationType === organisation.type,
        )
        .reduce((sum, group) => sum + group._count._all, 0),
      own: own.find((group) => group.organisationId === organisation.id)?._count._all ?? 0,
    }))
    .filter((row) => row.fromOthers > 0 || row.own > 0);
}

/**
 * Invitations the actor has yet to accept (not expired), and, per organisation, the invitations
 * not yet accepted that the actor looks after: those to the organisations they are admin of, and
 * for a lead those they sent themselves.
 */
export async function readInvitations(
  db: DbTransaction,
  actor: Actor,
  organisations: MyOrganisation[],
  now: Date = new Date(),
): Promise<{ toAccept: InvitationToAccept[]; awaiting: InvitationsAwaiting[] }> {
  const adminOf = organisations.filter((organisation) => organisation.admin).map((o) => o.id);
  // Raw SQL: every signed-in home page runs these two, and a model query's plan is compiled afresh
  // on each call, which cost more than the statements. Open invitations: neither accepted nor
  // revoked, to an organisation not archived, whose name comes with them.
  const [toAccept, awaiting] = await Promise.all([
    db.$queryRaw<InvitationToAccept[]>`
      SELECT o.name AS "organisationName", i.role::text AS role, i."expiresAt"
        FROM "Invitation" i JOIN "Organisation" o ON o.id = i."organisationId"
       WHERE i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND o."archivedAt" IS NULL
         AND i."userId" = ${actor.userId}::uuid AND i."expiresAt" > ${now}
       ORDER BY i."createdAt" DESC
       LIMIT ${HOME_LIST_SIZE}`,
    db.$queryRaw<InvitationsAwaiting[]>`
      SELECT i."organisationId", o.name AS "organisationName", count(*)::int AS pending
        FROM "Invitation" i JOIN "Organisation" o ON o.id = i."organisationId"
       WHERE i."acceptedAt" IS NULL AND i."revokedAt" IS NULL AND o."archivedAt" IS NULL
         AND (i."organisationId" = ANY(${adminOf}::uuid[])
              -- Leads invite to any organisation: those they sent are theirs to follow up.
              OR (${isProgrammeLead(actor)} AND i."invitedById" = ${actor.userId}::uuid))
       GROUP BY i."organisationId", o.name`,
  ]);
  return {
    toAccept,
    awaiting: awaiting
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName))
      .slice(0, HOME_LIST_SIZE),
  };
}
