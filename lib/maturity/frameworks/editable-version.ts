import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { randomUUID } from "node:crypto";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";

import type { OpenedVersion } from "../schemas";
import { frameworkArchived, frameworkChangedMeanwhile, frameworkNotFound } from "./errors";
import { questionFields } from "./fields";

// The one place where a framework's content is made ready for an edit. Every edit targets the
// framework's newest version. While no round uses that version it is changed in place; once a
// round uses it, the edit first copies it into a new version (every dimension and question, with
// the same keys and positions) and is applied to the copy, so the round's answers keep the
// version they were given against. All of it happens in the edit's own transaction.

export interface NewestVersion {
  id: string;
  number: number;
  version: number;
  rounds: number;
}

/**
 * Locks the framework for the rest of the transaction and returns its newest version, unless the
 * form was opened at another version or edit counter (CONFLICT), the framework is archived
 * (CONFLICT) or does not exist (NOT_FOUND).
 */
export async function lockNewestVersion(
  tx: DbTransaction,
  frameworkId: string,
  opened: OpenedVersion,
): Promise<NewestVersion> {
  const rows = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
    SELECT "archivedAt" FROM "MaturityFramework" WHERE id = ${frameworkId}::uuid FOR UPDATE`;
  const framework = rows[0];
  if (!framework) throw frameworkNotFound();
  if (framework.archivedAt) throw frameworkArchived();
  const newest = await tx.frameworkVersion.findFirst({
    where: { frameworkId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, version: true, _count: { select: { rounds: true } } },
  });
  if (!newest) throw frameworkNotFound();
  if (newest.id !== opened.versionId || newest.version !== opened.version) {
    throw frameworkChangedMeanwhile();
  }
  return {
    id: newest.id,
    number: newest.number,
    version: newest.version,
    rounds: newest._count.rounds,
  };
}

export interface EditableVersion {
  /** The version the edit is applied to: the newest one, or its new copy. */
  versionId: string;
  number: number;
  /** The version copied, when the newest one was in use. */
  copiedFrom: string | null;
  /** The edited version's dimension for a dimension id of the version the form was opened at. */
  dimensionId: (openedId: string) => string | null;
  /** The edited version's question for a question id of the version the form was opened at. */
  questionId: (openedId: string) => string | null;
}

/** Maps ids of one version to the records of the same key in another. */
function byKey(
  opened: { id: string; key: string }[],
  edited: Map<string, string>,
): (openedId: string) => string | null {
  const keys = new Map(opened.map((record) => [record.id, record.key]));
  return (openedId) => {
    const key = keys.get(openedId);
    return key === undefined ? null : (edited.get(key) ?? null);
  };
}

/**
 * The version an edit applies to, copying the newest version first when a round uses it. The
 * copy is audited; the caller audits its own edit and then calls `markEdited`.
 */
export async function editableVersion(
  tx: DbTransaction,
  frameworkId: string,
  opened: OpenedVersion,
  audit: AuditContext,
): Promise<EditableVersion> {
  const newest = await lockNewestVersion(tx, frameworkId, opened);
  const dimensions = await tx.frameworkDimension.findMany({
    where: { versionId: newest.id },
    orderBy: { position: "asc" },
    select: { id: true, key: true, name: true, description: true, position: true },
  });
  const questions = await tx.frameworkQuestion.findMany({
    where: { versionId: newest.id },
    orderBy: { position: "asc" },
    select: { id: true, ...questionFields },
  });

  if (newest.rounds === 0) {
    const same = (records: { id: string }[]) => {
      const ids = new Set(records.map((record) => record.id));
      return (openedId: string) => (ids.has(openedId) ? openedId : null);
    };
    return {
      versionId: newest.id,
      number: newest.number,
      copiedFrom: null,
      dimensionId: same(dimensions),
      questionId: same(questions),
    };
  }

  const copy = await tx.frameworkVersion.create({
    data: { frameworkId, number: newest.number + 1 },
    select: { id: true, number: true },
  });
  const dimensionCopies = dimensions.map((dimension) => ({
    ...dimension,
    id: randomUUID(),
    openedId: dimension.id,
    versionId: copy.id,
  }));
  const copiedDimension = new Map(dimensionCopies.map((copied) => [copied.openedId, copied.id]));
  await tx.frameworkDimension.createMany({
    data: dimensionCopies.map(({ openedId: _openedId, ...dimension }) => dimension),
  });
  const questionCopies = questions.map((question) => ({
    ...question,
    id: randomUUID(),
    versionId: copy.id,
    dimensionId: copiedDimension.get(question.dimensionId) as string,
  }));
  await tx.frameworkQuestion.createMany({ data: questionCopies });
  await recordAuditEvent(tx, audit, {
    action: "maturity_framework.version_started",
    entityType: "FrameworkVersion",
    entityId: copy.id,
    before: { versionId: newest.id, number: newest.number, rounds: newest.rounds },
    after: {
      frameworkId,
      number: copy.number,
      dimensions: dimensions.length,
      questions: questions.length,
    },
  });
  return {
    versionId: copy.id,
    number: copy.number,
    copiedFrom: newest.id,
    dimensionId: byKey(dimensions, new Map(dimensionCopies.map((d) => [d.key, d.id]))),
    questionId: byKey(questions, new Map(questionCopies.map((q) => [q.key, q.id]))),
  };
}

/** Raises the edited version's counter, so that forms opened before the edit are refused. */
export async function markEdited(tx: DbTransaction, versionId: string): Promise<void> {
  await tx.frameworkVersion.update({
    where: { id: versionId },
    data: { version: { increment: 1 } },
  });
}

/**
 * The order after moving one record a place up or down: null when it is already first or last
 * (or not in the list).
 */
export function moveOnePlace<T extends { id: string }>(
  records: T[],
  id: string,
  direction: "up" | "down",
): { ordered: T[]; moving: T; from: number; to: number } | null {
  const from = records.findIndex((record) => record.id === id);
  const to = direction === "up" ? from - 1 : from + 1;
  const moving = records[from];
  if (!moving || to < 0 || to >= records.length) return null;
  const ordered = records.filter((record) => record.id !== id);
  ordered.splice(to, 0, moving);
  return { ordered, moving, from, to };
}

/** Writes positions 0, 1, 2… in the given order, touching only the records that move. */
export async function renumber(
  records: { id: string; position: number }[],
  write: (id: string, position: number) => Promise<unknown>,
): Promise<void> {
  for (const [index, record] of records.entries()) {
    if (record.position !== index) await write(record.id, index);
  }
}
