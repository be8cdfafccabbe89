import Link from "@/components/ui/link";

import { CategoryButton } from "@/components/forums/category-forms";
import { requireActor } from "@/lib/auth/require-actor";
import { membershipRoleLabels, topicStarterLabels } from "@/lib/forums/labels";
import { manageCategoriesPage } from "@/lib/forums/manage-page";
import { loadForumPage } from "@/lib/forums/page-access";

export const metadata = { title: "Forum categories" };

export default async function CategoriesPage() {
  const actor = await requireActor("/forums/categories");
  const categories = await loadForumPage(actor, "forum.category_manage", (db) =>
    manageCategoriesPage(db, actor),
  );
  return (
    <>
      <p className="mb-2">
        <Link href="/forums">Back to the forums</Link>
      </p>
      <h1>Forum categories</h1>
      <p>
        <Link href="/forums/categories/new" className="nhs-button">
          Add a category
        </Link>
      </p>
      <ol className="list-none pl-0">
        {categories.map((category, index) => (
          <li key={category.id} className="nhs-card mb-4">
            <h2 className="text-xl md:text-2xl">{category.name}</h2>
            <p>{category.description}</p>
            <p className="text-base">
              /forums/c/{category.slug} · {category._count.topics} topics ·{" "}
              {topicStarterLabels[category.whoMayStart]}
              {category.place ? ` · ${category.place.name}` : ""}
              {category.restricted
                ? ` · Restricted to ${category.organisations.length} organisations and ${
                    category.allowedMembershipRoles
                      .map((role) => membershipRoleLabels[role])
                      .join(", ") || "no roles"
                  }`
                : ""}
            </p>
            <div className="flex flex-wrap items-center gap-x-6">
              <Link href={`/forums/categories/${category.id}`}>
                Edit<span className="sr-only"> {category.name}</span>
              </Link>
              {index > 0 ? (
                <CategoryButton
                  categoryId={category.id}
                  change="up"
                  label={`Move ${category.name} up`}
                />
              ) : null}
              {index < categories.length - 1 ? (
                <CategoryButton
                  categoryId={category.id}
                  change="down"
                  label={`Move ${category.name} down`}
                />
              ) : null}
              <CategoryButton
                categoryId={category.id}
                change="archive"
                label={`Archive ${category.name}`}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
