import Link from "@/components/ui/link";

import { LessonForm } from "@/components/lessons/lesson-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";
import { lessonFormOptions } from "@/lib/lessons/form-options";
import { blankLessonValues } from "@/lib/lessons/form-values";

export const metadata = { title: "Record a lesson learned" };

export default async function NewLessonPage() {
  const actor = await requireActor("/lessons/new");
  const choices = await lessonFormOptions(await getPrisma(), actor);
  const only = choices.organisations.length === 1 ? choices.organisations[0] : undefined;
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/lessons">Back to lessons learned</Link>
      </p>
      <h1>Record a lesson learned</h1>
      <p>
        What you tried, what happened and what you would tell others, so that the next organisation
        does not have to learn it again. Everyone signed in can read it, and it gets a discussion of
        its own for questions.
      </p>
      <LessonForm choices={choices} initial={blankLessonValues(only)} />
    </div>
  );
}
