import Link from "@/components/ui/link";

import { LessonRecordView } from "@/components/lessons/lesson-record";
import { requireActor } from "@/lib/auth/require-actor";
import { getLesson, listSimilarLessons } from "@/lib/lessons/get-lesson";
import { loadLessonPage } from "@/lib/lessons/page-access";

export const metadata = { title: "Lesson learned" };

export default async function LessonPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const { lessonId } = await params;
  const actor = await requireActor(`/lessons/${lessonId}`);
  const { lesson, similar } = await loadLessonPage(actor, "lesson.read", async (db) => {
    const found = await getLesson(db, actor, lessonId);
    return { lesson: found, similar: await listSimilarLessons(db, actor, found) };
  });
  return (
    <div className="max-w-[800px]">
      <p className="mb-2">
        <Link href="/lessons">Back to lessons learned</Link>
      </p>
      <h1>{lesson.title}</h1>
      <LessonRecordView lesson={lesson} similar={similar} />
    </div>
  );
}
