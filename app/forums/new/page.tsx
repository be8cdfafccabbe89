import Link from "@/components/ui/link";

import { NewTopicForm } from "@/components/forums/post-forms";
import { requireActor } from "@/lib/auth/require-actor";
import { getDraft } from "@/lib/forums/drafts";
import { loadForumPage } from "@/lib/forums/page-access";
import { writableCategories } from "@/lib/forums/read";
import { newTopicQuerySchema } from "@/lib/forums/schemas";

export const metadata = { title: "Start a topic" };

export default async function NewTopicPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/forums/new");
  const { category: slug } = newTopicQuerySchema.parse(await searchParams);
  const { categories, draft, chosen } = await loadForumPage(
    actor,
    "forum.topic_start",
    async (db) => {
      const categories = await writableCategories(db, actor);
      const chosen = categories.find((category) => category.slug === slug) ?? null;
      const draft = chosen ? await getDraft(db, actor, `topic:${chosen.id}`) : null;
      return { categories, draft, chosen };
    },
  );
  return (
    <>
      <p className="mb-2">
        <Link href={chosen ? `/forums/c/${chosen.slug}` : "/forums"}>Back</Link>
      </p>
      <h1>Start a topic</h1>
      {categories.length === 0 ? (
        <p>There is no category you can start a topic in.</p>
      ) : (
        <NewTopicForm
          categories={categories.map((category) => ({ value: category.id, label: category.name }))}
          categoryId={chosen?.id ?? ""}
          draft={draft ? { title: draft.title ?? "", body: draft.body } : null}
        />
      )}
    </>
  );
}
