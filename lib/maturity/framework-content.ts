import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { OrganisationType } from "@/lib/generated/prisma/client";

// A framework version's dimensions and questions, in order: what assessments answer and what
// scores are worked out against.

export interface FrameworkQuestionView {
  id: string;
  dimensionId: string;
  key: string;
  text: string;
  guidance: string | null;
  levels: string[];
  allowNotApplicable: boolean;
  appliesTo: OrganisationType[];
  position: number;
}

export interface FrameworkDimensionView {
  id: string;
  key: string;
  name: string;
  description: string | null;
  position: number;
  questions: FrameworkQuestionView[];
}

export interface FrameworkContent {
  versionId: string;
  frameworkId: string;
  frameworkName: string;
  number: number;
  dimensions: FrameworkDimensionView[];
  /** Every question, dimension by dimension. */
  questions: FrameworkQuestionView[];
}

/** Reads a version's content in one query; null when there is no such version. */
export async function readFrameworkContent(
  db: DbTransaction,
  versionId: string,
): Promise<FrameworkContent | null> {
  const version = await db.frameworkVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      framework: { select: { id: true, name: true } },
      dimensions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          key: true,
          name: true,
          description: true,
          position: true,
          questions: {
            orderBy: { position: "asc" },
            select: {
              id: true,
              dimensionId: true,
              key: true,
              text: true,
              guidance: true,
              levels: true,
              allowNotApplicable: true,
              appliesTo: true,
              position: true,
            },
          },
        },
      },
    },
  });
  if (!version) return null;
  return {
    versionId: version.id,
    frameworkId: version.framework.id,
    frameworkName: version.framework.name,
    number: version.number,
    dimensions: version.dimensions,
    questions: version.dimensions.flatMap((dimension) => dimension.questions),
  };
}
