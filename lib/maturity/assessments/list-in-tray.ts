import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

import { roundPhaseWhere } from "../rounds/phase";
import { MATURITY_PAGE_SIZE, type MaturityLandingQuery } from "../schemas";
import { progressOf } from "./progress";

const assessmentRow = {
  id: true,
  status: true,
  submittedAt: true,
  organisation: { select: { id: true, name: true, type: true } },
  round: {
    select: { id: true, name: true, opensOn: true, closesOn: true, frameworkVersionId: true },
  },
} as const satisfies Prisma.AssessmentSelect;

async function assessmentsPage(
  where: Prisma.AssessmentWhereInput,
  order: "asc" | "desc",
  requestedPage: number,
) {
  const prisma = await getPrisma();
  const total = await prisma.assessment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MATURITY_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const assessments = await prisma.assessment.findMany({
    where,
    orderBy: [{ round: { closesOn: order } }, { organisation: { name: "asc" } }, { id: "asc" }],
    skip: (page - 1) * MATURITY_PAGE_SIZE,
    take: MATURITY_PAGE_SIZE,
    select: assessmentRow,
  });
  const progress = await progressOf(
    prisma,
    assessments.map((assessment) => ({
      id: assessment.id,
      organisationType: assessment.organisation.type,
      frameworkVersionId: assessment.round.frameworkVersionId,
    })),
  );
  return {
    rows: assessments.map((assessment) => ({
      ...assessment,
      answered: progress.get(assessment.id)?.answered ?? 0,
      questions: progress.get(assessment.id)?.questions ?? 0,
    })),
    total,
    page,
    pageCount,
  };
}

/**
 * Sections given to the actor in assessments of the organisations named (their own) that are
 * still being answered in open rounds.
 */
export const sectionsGivenToWhere = (actor: Actor, organisationIds: string[]) =>
  ({
    assigneeId: actor.userId,
    assessment: {
      organisationId: { in: organisationIds },
      status: { in: ["NOT_STARTED", "IN_PROGRESS", "RETURNED"] },
      round: roundPhaseWhere("open"),
    },
  }) satisfies Prisma.SectionAssignmentWhereInput;

/** What a list of sections given to someone shows, closing soonest first. */
export const sectionGivenSelect = {
  dimension: { select: { id: true, name: true } },
  assessment: {
    select: {
      id: true,
      organisation: { select: { name: true } },
      round: { select: { name: true, closesOn: true } },
    },
  },
} as const satisfies Prisma.SectionAssignmentSelect;

export const sectionGivenOrder = [
  { assessment: { round: { closesOn: "asc" } } },
  { dimension: { position: "asc" } },
  { id: "asc" },
] as const satisfies Prisma.SectionAssignmentOrderByWithRelationInput[];

/**
 * An organisation person's in-tray: their organisations' assessments in open rounds (closing
 * soonest first), the sections of open assessments given to them, and their organisations'
 * assessments in closed rounds. Each list a page at a time.
 */
export async function listInTray(actor: Actor, query: MaturityLandingQuery) {
  const organisationIds = actor.memberships.map((membership) => membership.organisationId);
  const prisma = await getPrisma();
  const mine = { organisationId: { in: organisationIds } };
  const [open, past] = await Promise.all([
    assessmentsPage({ ...mine, round: roundPhaseWhere("open") }, "asc", query.page),
    assessmentsPage({ ...mine, round: roundPhaseWhere("closed") }, "desc", query.pastPage),
  ]);

  const assignedWhere = sectionsGivenToWhere(actor, organisationIds);
  const assignedTotal = await prisma.sectionAssignment.count({ where: assignedWhere });
  const assignedPageCount = Math.max(1, Math.ceil(assignedTotal / MATURITY_PAGE_SIZE));
  const assignedPage = Math.min(query.assignedPage, assignedPageCount);
  const assigned = await prisma.sectionAssignment.findMany({
    where: assignedWhere,
    orderBy: [...sectionGivenOrder],
    skip: (assignedPage - 1) * MATURITY_PAGE_SIZE,
    take: MATURITY_PAGE_SIZE,
    select: sectionGivenSelect,
  });
  return {
    open,
    past,
    assigned: {
      rows: assigned,
      total: assignedTotal,
      page: assignedPage,
      pageCount: assignedPageCount,
    },
  };
}

export type InTray = Awaited<ReturnType<typeof listInTray>>;
