import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { deliverOutboxMessages } from "@/lib/mail/deliver";
import { canUseStep } from "@/lib/pathways/readable-steps";
import { isId } from "@/lib/validation/ids";

import { type Db, inTransaction } from "./db";
import { openLessonDiscussion } from "./discussion";
import {
  cannotEditLesson,
  lessonChangedMeanwhile,
  lessonFieldRefusal,
  lessonNotFound,
} from "./errors";
import { lessonPolicy } from "./policy";
import { type LessonData, lessonSchema } from "./schemas";
import { refreshLessonSearch } from "./search-vector";

/**
 * Checks what a lesson points at: an organisation the person belongs to (or the one it already
 * had), a place, a pathway they read and a step of that pathway, a dimension of a framework in
 * use. Each miss is a refusal on its field, so nothing is saved. A step chosen without its
 * pathway brings its pathway along; the lesson as it will be saved is returned.
 */
async function checkReferences(
  tx: DbTransaction,
  actor: Actor,
  lesson: LessonData,
  current: { organisationId: string | null } | null,
): Promise<LessonData> {
  const { organisationId, placeId, pathwayId, stepId, dimensionKey } = lesson;
  if (organisationId !== null && organisationId !== current?.organisationId) {
    const allowed = lessonPolicy.recordableOrganisations(actor).includes(organisationId);
    const organisation = allowed
      ? await tx.organisation.findFirst({
          where: { id: organisationId, archivedAt: null },
          select: { id: true },
        })
      : null;
    if (!organisation) {
      throw lessonFieldRefusal("organisationId", "Select one of your organisations, or none");
    }
  }
  if (placeId !== null) {
    const place = await tx.place.findUnique({ where: { id: placeId }, select: { id: true } });
    if (!place) throw lessonFieldRefusal("placeId", "Select a place from the list");
  }
  if (pathwayId !== null) {
    const pathway = await tx.pathway.findFirst({
      where: { id: pathwayId, ...lessonPolicy.readablePathwaysWhere(actor) },
      select: { id: true },
    });
    if (!pathway) throw lessonFieldRefusal("pathwayId", "Select a pathway from the list");
  }
  if (dimensionKey !== null) {
    const dimension = await tx.frameworkDimension.findFirst({
      where: { key: dimensionKey, version: { framework: { archivedAt: null } } },
      select: { id: true },
    });
    if (!dimension) throw lessonFieldRefusal("dimensionKey", "Select a dimension from the list");
  }
  if (stepId !== null) {
    const step = await tx.pathwayStep.findUnique({
      where: { id: stepId },
      select: { pathwayId: true },
    });
    if (!step || !(await canUseStep(actor, tx, stepId))) {
      throw lessonFieldRefusal("stepId", "Select a step from the list");
    }
    if (pathwayId !== null && step.pathwayId !== pathwayId) {
      throw lessonFieldRefusal("stepId", "Select a step of the pathway you chose");
    }
    return { ...lesson, pathwayId: step.pathwayId };
  }
  return lesson;
}

const lessonColumns = (lesson: LessonData) => {
  const { systems: _systems, ...columns } = lesson;
  return columns;
};

/** What the audit trail keeps of a lesson: its fields, its systems as words. */
const auditSnapshot = (lesson: LessonData) => ({
  ...lessonColumns(lesson),
  systems: lesson.systems.map((system) => `${system.supplier} ${system.product}`),
});

/**
 * Records a lesson learned by the person, with its systems and its own discussion topic in the
 * lessons category, all in one transaction with its audit row. Emails the discussion's opening
 * post causes are sent once it has committed.
 */
export async function createLesson(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; topicId: string }> {
  const lesson = lessonSchema.parse(input);
  const { created, outboxMessageIds } = await inTransaction(db, async (tx) => {
    const checked = await checkReferences(tx, actor, lesson, null);
    const row = await tx.lesson.create({
      data: {
        ...lessonColumns(checked),
        authorId: actor.userId,
        systems: { create: lesson.systems },
      },
      select: { id: true },
    });
    const discussion = await openLessonDiscussion(tx, actor, { id: row.id, title: lesson.title });
    await tx.lesson.update({ where: { id: row.id }, data: { topicId: discussion.topicId } });
    await refreshLessonSearch(tx, row.id);
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "lesson.created",
      entityType: "Lesson",
      entityId: row.id,
      after: auditSnapshot(checked),
    });
    return {
      created: { id: row.id, topicId: discussion.topicId },
      outboxMessageIds: discussion.outboxMessageIds,
    };
  });
  await deliverOutboxMessages(outboxMessageIds);
  return created;
}

/**
 * Changes a lesson, if the person may (its author, its organisation's admins, programme leads)
 * and nobody changed it since they opened it (`version`). Its systems are replaced by those sent.
 */
export async function updateLesson(
  db: Db,
  actor: Actor,
  lessonId: string,
  version: number,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  if (!isId(lessonId)) throw lessonNotFound();
  const lesson = lessonSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const current = await tx.lesson.findFirst({
      where: { id: lessonId, ...lessonPolicy.readableWhere(actor) },
      include: { systems: { select: { category: true, supplier: true, product: true } } },
    });
    if (!current) throw lessonNotFound();
    if (!lessonPolicy.canEdit(actor, current)) throw cannotEditLesson();
    const checked = await checkReferences(tx, actor, lesson, current);
    const changed = await tx.lesson.updateMany({
      where: { id: lessonId, version },
      data: { ...lessonColumns(checked), version: { increment: 1 } },
    });
    if (changed.count === 0) throw lessonChangedMeanwhile();
    await tx.lessonSystem.deleteMany({ where: { lessonId } });
    if (lesson.systems.length > 0) {
      await tx.lessonSystem.createMany({
        data: lesson.systems.map((system) => ({ ...system, lessonId })),
      });
    }
    await refreshLessonSearch(tx, lessonId);
    const {
      systems,
      id: _id,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      version: _version,
      topicId: _topicId,
      authorId: _authorId,
      ...before
    } = current;
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "lesson.updated",
      entityType: "Lesson",
      entityId: lessonId,
      before: {
        ...before,
        systems: systems.map((system) => `${system.supplier} ${system.product}`),
      },
      after: auditSnapshot(checked),
    });
    return { id: lessonId };
  });
}
