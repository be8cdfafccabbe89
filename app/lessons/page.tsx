import Link from "@/components/ui/link";

import { LessonFilters } from "@/components/lessons/lesson-filters";
import { LessonList } from "@/components/lessons/lesson-list";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";
import { lessonsHref } from "@/lib/lessons/links";
import { listLessons } from "@/lib/lessons/list-lessons";
import { lessonRegisterQuerySchema } from "@/lib/lessons/schemas";

export const metadata = { title: "Lessons learned" };

export default async function LessonsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/lessons");
  const query = lessonRegisterQuerySchema.parse(await searchParams);
  const register = await listLessons(await getPrisma(), actor, query);
  const pageCount = Math.max(1, Math.ceil(register.total / register.pageSize));
  return (
    <>
      <h1>Lessons learned</h1>
      <p className="nhs-lede">
        What organisations in the coalition tried, what happened and what they recommend: by system,
        pathway step and maturity dimension.
      </p>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/lessons/new" className="nhs-button">
          Record a lesson
        </Link>
        <Link href="/peers" className="inline-flex min-h-6 items-center">
          Who has solved this? Find peers
        </Link>
      </p>
      <LessonFilters query={query} facets={register.facets} />
      <p role="status">
        {register.total === 1 ? "1 lesson" : `${register.total.toLocaleString("en-GB")} lessons`}
        {query.step ? " about the chosen pathway step" : ""}
        {query.supplier ? ` on ${query.supplier}'s systems` : ""}
      </p>
      <LessonList rows={register.rows} />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        total={register.total}
        pageSize={register.pageSize}
        noun="lessons"
        hrefFor={(page) => lessonsHref(query, { page })}
      />
    </>
  );
}
