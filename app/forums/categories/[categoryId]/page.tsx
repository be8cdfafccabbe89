import Link from "@/components/ui/link";

import { CategoryForm } from "@/components/forums/category-forms";
import { requireActor } from "@/lib/auth/require-actor";
import { manageFormDefaults } from "@/lib/forums/labels";
import { categoryFormPage } from "@/lib/forums/manage-page";
import { loadForumPage } from "@/lib/forums/page-access";

export const metadata = { title: "Edit a forum category" };

export default async function EditCategoryPage({
  params,
}: {
  params: Promise<{ categoryId: string }>;
}) {
  const { categoryId } = await params;
  const actor = await requireActor(`/forums/categories/${categoryId}`);
  const form = await loadForumPage(actor, "forum.category_update", (db) =>
    categoryFormPage(db, actor, categoryId),
  );
  return (
    <>
      <p className="mb-2">
        <Link href="/forums/categories">Back to the categories</Link>
      </p>
      <h1>Edit {form.name ?? "the category"}</h1>
      <CategoryForm
        categoryId={categoryId}
        values={form.values ?? manageFormDefaults}
        places={form.places}
        organisations={form.organisations}
      />
    </>
  );
}
