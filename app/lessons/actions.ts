"use server";

import { getPrisma } from "@/lib/db/client";
import { createLesson, updateLesson } from "@/lib/lessons/save-lesson";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

// The lesson forms' actions: each runs through runAction, calls lib/lessons with the person and
// the database, and goes to the lesson with a saved notice.

export async function recordLesson(input: unknown): Promise<ActionResult> {
  const result = await runAction("lesson.create", async (actor, context) =>
    createLesson(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, ({ id }) => `/lessons/${id}`, "lesson");
}

export async function saveLesson(
  lessonId: string,
  version: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("lesson.update", async (actor, context) =>
    updateLesson(await getPrisma(), actor, lessonId, version, input, context),
  );
  return redirectAfterWrite(result, `/lessons/${lessonId}`, "lesson");
}
