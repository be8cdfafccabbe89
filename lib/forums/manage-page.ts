import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { isId } from "@/lib/validation/ids";

import { categoryFormValues } from "./categories";
import { cannotManageCategories, categoryNotFound } from "./errors";
import { forumPolicy } from "./policy";
import { categoriesToManage, categoryFormChoices } from "./read";

/** The categories page, for leads only. */
export async function manageCategoriesPage(db: DbTransaction, actor: Actor) {
  if (!forumPolicy.canManageCategories(actor)) throw cannotManageCategories();
  return categoriesToManage(db);
}

/** The category form (a new category when the id is null), for leads only. */
export async function categoryFormPage(db: DbTransaction, actor: Actor, categoryId: string | null) {
  if (!forumPolicy.canManageCategories(actor)) throw cannotManageCategories();
  const choices = await categoryFormChoices(db);
  if (categoryId === null) return { ...choices, values: null, name: null };
  if (!isId(categoryId)) throw categoryNotFound();
  const category = await db.forumCategory.findFirst({
    where: { id: categoryId, archivedAt: null },
    include: { organisations: { select: { organisationId: true } } },
  });
  if (!category) throw categoryNotFound();
  return { ...choices, values: categoryFormValues(category), name: category.name };
}
