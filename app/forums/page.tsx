import Link from "@/components/ui/link";

import { ForumsHeader } from "@/components/forums/forums-header";
import { postedAt } from "@/components/forums/format";
import { TopicFilters, topicListHref } from "@/components/forums/topic-filters";
import { TopicList } from "@/components/forums/topic-list";
import { Pagination } from "@/components/ui/pagination";
import { isProgrammeLead } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { moderationsOf } from "@/lib/forums/access";
import { swatchOf } from "@/lib/forums/labels";
import { loadForumPage } from "@/lib/forums/page-access";
import { forumPolicy } from "@/lib/forums/policy";
import { topicHref } from "@/lib/forums/quote";
import { forumsHome } from "@/lib/forums/read";
import { topicListQuerySchema } from "@/lib/forums/schemas";

export const metadata = { title: "Forums" };

export default async function ForumsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/forums");
  const query = topicListQuerySchema.parse(await searchParams);
  const { home, moderates } = await loadForumPage(actor, "forum.read", async (db) => {
    const [home, moderations] = await Promise.all([
      forumsHome(db, actor, query),
      moderationsOf(db, actor),
    ]);
    return { home, moderates: isProgrammeLead(actor) || moderations.length > 0 };
  });
  const pageCount = Math.max(1, Math.ceil(home.total / home.pageSize));
  return (
    <>
      <h1>Forums</h1>
      <p className="nhs-lede">
        Ask the coalition, share what worked and what did not, and find people who faced the same
        problem.
      </p>
      <ForumsHeader />
      <p className="flex flex-wrap gap-4">
        <Link href="/forums/new" className="nhs-button">
          Start a topic
        </Link>
        {forumPolicy.canManageCategories(actor) ? (
          <Link href="/forums/categories" className="inline-flex min-h-6 items-center">
            Manage categories
          </Link>
        ) : null}
        {moderates ? (
          <Link href="/forums/review" className="inline-flex min-h-6 items-center">
            Review queue
          </Link>
        ) : null}
        {forumPolicy.canManageCategories(actor) ? (
          <Link href="/forums/moderators" className="inline-flex min-h-6 items-center">
            Moderators
          </Link>
        ) : null}
      </p>
      <h2>Categories</h2>
      {home.categories.length === 0 ? (
        <p className="nhs-secondary-text">There are no categories yet.</p>
      ) : (
        <ul className="grid list-none gap-4 pl-0 md:grid-cols-2">
          {home.categories.map((category) => (
            <li key={category.id} className="nhs-card mb-0">
              <h3 className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className={`inline-block h-4 w-4 ${swatchOf(category.colour)}`}
                />
                <Link href={`/forums/c/${category.slug}`}>{category.name}</Link>
              </h3>
              <p>{category.description}</p>
              <p className="mb-1 text-base">
                {category.topicCount} {category.topicCount === 1 ? "topic" : "topics"},{" "}
                {category.postCount} {category.postCount === 1 ? "post" : "posts"}
                {category.restricted ? " · Restricted" : ""}
                {category.whoMayStart === "LEADS_ONLY" ? " · Announcements" : ""}
                {category.place ? ` · ${category.place.name}` : ""}
              </p>
              {category.latest ? (
                <p className="mb-0 text-base">
                  Latest: <Link href={topicHref(category.latest.id)}>{category.latest.title}</Link>,{" "}
                  {postedAt(category.latest.lastPostAt)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-8">Latest topics</h2>
      <TopicFilters action="/forums" query={query} />
      <TopicList topics={home.topics} empty="No topics match." />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        total={home.total}
        pageSize={home.pageSize}
        noun="topics"
        hrefFor={(page) => topicListHref("/forums", query, page)}
      />
    </>
  );
}
