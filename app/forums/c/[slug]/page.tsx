import Link from "@/components/ui/link";

import { ForumsHeader } from "@/components/forums/forums-header";
import { TopicFilters, topicListHref } from "@/components/forums/topic-filters";
import { TopicList } from "@/components/forums/topic-list";
import { WatchControl } from "@/components/forums/watch-control";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { loadForumPage } from "@/lib/forums/page-access";
import { categoryPage } from "@/lib/forums/read";
import { topicListQuerySchema } from "@/lib/forums/schemas";
import { getWatchLevel } from "@/lib/forums/watching/set-watch-level";

export const metadata = { title: "Forum category" };

export default async function CategoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const base = `/forums/c/${encodeURIComponent(slug)}`;
  const actor = await requireActor(base);
  const query = topicListQuerySchema.parse(await searchParams);
  const view = await loadForumPage(actor, "forum.read", (db) =>
    categoryPage(db, actor, slug, query),
  );
  const pageCount = Math.max(1, Math.ceil(view.total / view.pageSize));
  const watchLevel = await getWatchLevel(actor, "category", view.category.id);
  return (
    <>
      <p className="mb-2">
        <Link href="/forums">Back to the forums</Link>
      </p>
      <h1>{view.category.name}</h1>
      <p className="nhs-lede">{view.category.description}</p>
      <ForumsHeader />
      <WatchControl target="category" id={view.category.id} level={watchLevel} />
      {view.canStart ? (
        <p>
          <Link href={`/forums/new?category=${view.category.slug}`} className="nhs-button">
            Start a topic in {view.category.name}
          </Link>
        </p>
      ) : (
        <p className="nhs-secondary-text">
          Only programme leads start topics here; everyone may reply.
        </p>
      )}
      <TopicFilters action={base} query={query} />
      <TopicList topics={view.topics} showCategory={false} empty="No topics here yet." />
      <Pagination
        page={query.page}
        pageCount={pageCount}
        total={view.total}
        pageSize={view.pageSize}
        noun="topics"
        hrefFor={(page) => topicListHref(base, query, page)}
      />
    </>
  );
}
