import Link from "@/components/ui/link";

import { LessonForm } from "@/components/lessons/lesson-form";
import { requireActor } from "@/lib/auth/require-actor";
import { lessonFormOptions } from "@/lib/lessons/form-options";
import { loadLessonForEditing } from "@/lib/lessons/form-values";
import { loadLessonPage } from "@/lib/lessons/page-access";

export const metadata = { title: "Change a lesson learned" };

export default async function EditLessonPage({
  params,
}: {
  params: Promise<{ lessonId: string }>;
}) {
  const { lessonId } = await params;
  const actor = await requireActor(`/lessons/${lessonId}/edit`);
  const { lesson, choices } = await loadLessonPage(actor, "lesson.update", async (db) => {
    const editing = await loadLessonForEditing(db, actor, lessonId);
    return { lesson: editing, choices: await lessonFormOptions(db, actor, editing) };
  });
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/lessons/${lesson.id}`}>Back to the lesson</Link>
      </p>
      <h1>Change the lesson: {lesson.title}</h1>
      <LessonForm
        choices={choices}
        initial={lesson.values}
        lesson={{ id: lesson.id, version: lesson.version }}
      />
    </div>
  );
}
