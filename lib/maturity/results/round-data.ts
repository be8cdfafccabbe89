import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentStatus, OrganisationType } from "@/lib/generated/prisma/enums";

import { COUNTED_STATUSES, isCounted } from "./assessment-status";

// The two reads every result is made of: a round with its framework's dimensions, and the round's
// assessments with their stored scores. Scores are read as stored at submission, never worked out
// again here.

export interface ResultsDimension {
  id: string;
  key: string;
  name: string;
  position: number;
}

export interface ResultsRound {
  id: string;
  name: string;
  opensOn: Date;
  closesOn: Date;
  frameworkId: string;
  frameworkName: string;
  versionNumber: number;
  dimensions: ResultsDimension[];
}

/** A round and its framework version's dimensions, in order; null when there is no such round. */
export async function readResultsRound(
  db: DbTransaction,
  roundId: string,
): Promise<ResultsRound | null> {
  const round = await db.assessmentRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      opensOn: true,
      closesOn: true,
      frameworkVersion: {
        select: {
          number: true,
          framework: { select: { id: true, name: true } },
          dimensions: {
            orderBy: { position: "asc" },
            select: { id: true, key: true, name: true, position: true },
          },
        },
      },
    },
  });
  if (!round) return null;
  return {
    id: round.id,
    name: round.name,
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    frameworkId: round.frameworkVersion.framework.id,
    frameworkName: round.frameworkVersion.framework.name,
    versionNumber: round.frameworkVersion.number,
    dimensions: round.frameworkVersion.dimensions,
  };
}

export interface RoundAssessment {
  assessmentId: string;
  organisationId: string;
  name: string;
  odsCode: string | null;
  type: OrganisationType;
  placeId: string;
  placeName: string;
  shares: boolean;
  status: AssessmentStatus;
  /** Submitted or validated: its scores count. */
  counted: boolean;
  /** Stored scores by dimension id; empty unless the assessment counts. */
  scores: Map<string, number | null>;
}

interface AssessmentRow {
  assessmentId: string;
  organisationId: string;
  name: string;
  odsCode: string | null;
  type: OrganisationType;
  placeId: string;
  placeName: string;
  shares: boolean;
  status: AssessmentStatus;
  scores: Record<string, number | null> | null;
}

/**
 * A round's assessments of organisations that are not archived, each with its stored dimension
 * scores when it counts. One grouped query, whatever the size of the coalition.
 */
export async function readRoundAssessments(
  db: DbTransaction,
  roundId: string,
): Promise<RoundAssessment[]> {
  const counted = Prisma.join(COUNTED_STATUSES.map((status) => Prisma.sql`${status}`));
  const rows = await db.$queryRaw<AssessmentRow[]>(Prisma.sql`
    SELECT a.id AS "assessmentId", a."organisationId", o.name, o."odsCode", o.type::text AS type,
           o."placeId", p.name AS "placeName", o."shareMaturityResults" AS shares,
           a.status::text AS status,
           json_object_agg(s."dimensionId", s.score) FILTER (WHERE s."dimensionId" IS NOT NULL)
             AS scores
      FROM "Assessment" a
      JOIN "Organisation" o ON o.id = a."organisationId"
      JOIN "Place" p ON p.id = o."placeId"
      LEFT JOIN "AssessmentScore" s
        ON s."assessmentId" = a.id AND a.status::text IN (${counted})
     WHERE a."roundId" = ${roundId}::uuid
       AND o."archivedAt" IS NULL
     GROUP BY a.id, o.id, p.id`);
  return rows.map((row) => ({
    assessmentId: row.assessmentId,
    organisationId: row.organisationId,
    name: row.name,
    odsCode: row.odsCode,
    type: row.type,
    placeId: row.placeId,
    placeName: row.placeName,
    shares: row.shares,
    status: row.status,
    counted: isCounted(row.status),
    scores: new Map(Object.entries(row.scores ?? {})),
  }));
}

export interface GroupScores {
  type: OrganisationType;
  dimensionId: string;
  scores: number[];
}

/**
 * The scores of every organisation in a round but one, grouped by organisation type and
 * dimension: what peer and coalition medians are worked out from, without reading who scored
 * what. Only submitted and validated assessments of organisations that are not archived.
 */
export async function readOtherScores(
  db: DbTransaction,
  roundId: string,
  organisationId: string,
): Promise<GroupScores[]> {
  const counted = Prisma.join(COUNTED_STATUSES.map((status) => Prisma.sql`${status}`));
  return db.$queryRaw<GroupScores[]>(Prisma.sql`
    SELECT o.type::text AS type, s."dimensionId", array_agg(s.score) AS scores
      FROM "AssessmentScore" s
      JOIN "Assessment" a ON a.id = s."assessmentId"
      JOIN "Organisation" o ON o.id = a."organisationId"
     WHERE a."roundId" = ${roundId}::uuid
       AND a.status::text IN (${counted})
       AND o."archivedAt" IS NULL
       AND o.id <> ${organisationId}::uuid
       AND s.score IS NOT NULL
     GROUP BY o.type, s."dimensionId"`);
}
