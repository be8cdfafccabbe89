import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { isId } from "@/lib/validation/ids";

import { cannotEditLesson, lessonNotFound } from "./errors";
import { lessonPolicy } from "./policy";
import type { LessonFormValues, LessonInput } from "./schemas";

/** A new lesson's form: blank, told for the person's organisation when they have only one. */
export const blankLessonValues = (organisation?: {
  id: string;
  type: string;
  placeId: string;
}): LessonFormValues => ({
  title: "",
  organisationId: organisation?.id ?? "",
  organisationType: (organisation?.type as LessonInput["organisationType"]) ?? "",
  placeId: organisation?.placeId ?? "",
  systems: [],
  pathwayId: "",
  stepId: "",
  dimensionKey: "",
  careSetting: "",
  projectType: "",
  wglMeasure: "",
  whatWeTried: "",
  whatHappened: "",
  why: "",
  earlyWarningSigns: "",
  recommendation: "",
  evidenceLinks: "",
  audience: "",
});

/**
 * A lesson as its edit form starts, with its version for the save: only for the people who may
 * change it (others get FORBIDDEN, a lesson that does not exist NOT_FOUND).
 */
export async function loadLessonForEditing(
  db: DbTransaction,
  actor: Actor,
  lessonId: string,
): Promise<{
  id: string;
  version: number;
  title: string;
  organisationId: string | null;
  values: LessonFormValues;
}> {
  if (!isId(lessonId)) throw lessonNotFound();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...lessonPolicy.readableWhere(actor) },
    include: { systems: { orderBy: { product: "asc" } } },
  });
  if (!lesson) throw lessonNotFound();
  if (!lessonPolicy.canEdit(actor, lesson)) throw cannotEditLesson();
  return {
    id: lesson.id,
    version: lesson.version,
    title: lesson.title,
    organisationId: lesson.organisationId,
    values: {
      title: lesson.title,
      organisationId: lesson.organisationId ?? "",
      organisationType: lesson.organisationType ?? "",
      placeId: lesson.placeId ?? "",
      systems: lesson.systems.map(({ category, supplier, product }) => ({
        category,
        supplier,
        product,
      })),
      pathwayId: lesson.pathwayId ?? "",
      stepId: lesson.stepId ?? "",
      dimensionKey: lesson.dimensionKey ?? "",
      careSetting: (lesson.careSetting as LessonInput["careSetting"]) ?? "",
      projectType: (lesson.projectType as LessonInput["projectType"]) ?? "",
      wglMeasure: (lesson.wglMeasure as LessonInput["wglMeasure"]) ?? "",
      whatWeTried: lesson.whatWeTried,
      whatHappened: lesson.whatHappened,
      why: lesson.why,
      earlyWarningSigns: lesson.earlyWarningSigns ?? "",
      recommendation: lesson.recommendation,
      outcome: lesson.outcome,
      evidenceLinks: lesson.evidenceLinks.join("\n"),
      audience: lesson.audience,
    },
  };
}
