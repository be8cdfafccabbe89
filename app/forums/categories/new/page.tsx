import Link from "@/components/ui/link";

import { CategoryForm } from "@/components/forums/category-forms";
import { requireActor } from "@/lib/auth/require-actor";
import { manageFormDefaults } from "@/lib/forums/labels";
import { categoryFormPage } from "@/lib/forums/manage-page";
import { loadForumPage } from "@/lib/forums/page-access";

export const metadata = { title: "Add a forum category" };

export default async function NewCategoryPage() {
  const actor = await requireActor("/forums/categories/new");
  const form = await loadForumPage(actor, "forum.category_create", (db) =>
    categoryFormPage(db, actor, null),
  );
  return (
    <>
      <p className="mb-2">
        <Link href="/forums/categories">Back to the categories</Link>
      </p>
      <h1>Add a forum category</h1>
      <CategoryForm
        categoryId={null}
        values={manageFormDefaults}
        places={form.places}
        organisations={form.organisations}
      />
    </>
  );
}
