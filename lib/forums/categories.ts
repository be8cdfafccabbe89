import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { isId } from "@/lib/validation/ids";

import { type Db, inTransaction } from "./db";
import { cannotManageCategories, categoryNotFound, fieldRefusal } from "./errors";
import { forumPolicy } from "./policy";
import { type CategoryInput, categoryOrderSchema, categorySchema } from "./schemas";

// Programme leads set up the forum categories: create, edit, reorder and archive.

function requireManager(actor: Actor) {
  if (!forumPolicy.canManageCategories(actor)) throw cannotManageCategories();
}

async function checkUnique(
  tx: DbTransaction,
  category: { name: string; slug: string },
  exceptId: string | null,
) {
  const taken = await tx.forumCategory.findFirst({
    where: {
      OR: [{ name: { equals: category.name, mode: "insensitive" } }, { slug: category.slug }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { name: true, slug: true },
  });
  if (taken?.slug === category.slug)
    throw fieldRefusal("slug", "Another category has this address name. Choose another");
  if (taken) throw fieldRefusal("name", "Another category has this name. Choose another");
}

async function checkReferences(
  tx: DbTransaction,
  category: ReturnType<typeof categorySchema.parse>,
) {
  if (category.placeId && !(await tx.place.count({ where: { id: category.placeId } })))
    throw fieldRefusal("placeId", "Choose a place from the list");
  const found = await tx.organisation.count({ where: { id: { in: category.organisationIds } } });
  if (found !== new Set(category.organisationIds).size)
    throw fieldRefusal("organisationIds", "Choose organisations from the list");
}

const columns = (category: ReturnType<typeof categorySchema.parse>) => ({
  name: category.name,
  slug: category.slug,
  description: category.description,
  colour: category.colour,
  whoMayStart: category.whoMayStart,
  placeId: category.placeId,
  restricted: category.restricted,
  allowedMembershipRoles: category.restricted ? category.membershipRoles : [],
});

/** Adds a category at the end of the list. */
export async function createCategory(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; slug: string }> {
  requireManager(actor);
  const category = categorySchema.parse(input);
  return inTransaction(db, async (tx) => {
    await checkUnique(tx, category, null);
    await checkReferences(tx, category);
    const last = await tx.forumCategory.aggregate({ _max: { position: true } });
    const created = await tx.forumCategory.create({
      data: {
        ...columns(category),
        position: (last._max.position ?? 0) + 1,
        organisations: {
          create: (category.restricted ? category.organisationIds : []).map((organisationId) => ({
            organisationId,
          })),
        },
      },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.category_created",
      entityType: "ForumCategory",
      entityId: created.id,
      after: snapshot(category),
    });
    return { id: created.id, slug: created.slug };
  });
}

/** Changes a category's details and who may read it. */
export async function updateCategory(
  db: Db,
  actor: Actor,
  categoryId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; slug: string }> {
  requireManager(actor);
  const category = categorySchema.parse(input);
  if (!isId(categoryId)) throw categoryNotFound();
  return inTransaction(db, async (tx) => {
    const before = await tx.forumCategory.findFirst({
      where: { id: categoryId, archivedAt: null },
      include: { organisations: { select: { organisationId: true } } },
    });
    if (!before) throw categoryNotFound();
    await checkUnique(tx, category, before.id);
    await checkReferences(tx, category);
    await tx.forumCategoryOrganisation.deleteMany({ where: { categoryId: before.id } });
    const updated = await tx.forumCategory.update({
      where: { id: before.id },
      data: {
        ...columns(category),
        organisations: {
          create: (category.restricted ? category.organisationIds : []).map((organisationId) => ({
            organisationId,
          })),
        },
      },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.category_updated",
      entityType: "ForumCategory",
      entityId: before.id,
      before: snapshot({
        ...before,
        organisationIds: before.organisations.map((link) => link.organisationId),
      }),
      after: snapshot(category),
    });
    return { id: updated.id, slug: updated.slug };
  });
}

/** Moves a category one place up or down the list. */
export async function moveCategory(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  requireManager(actor);
  const { categoryId, direction } = categoryOrderSchema.parse(input);
  await inTransaction(db, async (tx) => {
    const all = await tx.forumCategory.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true },
    });
    const index = all.findIndex((category) => category.id === categoryId);
    if (index < 0) throw categoryNotFound();
    const other = index + (direction === "up" ? -1 : 1);
    if (other < 0 || other >= all.length) return;
    const order = all.map((category) => category.id);
    [order[index], order[other]] = [order[other] ?? categoryId, order[index] ?? categoryId];
    for (const [position, id] of order.entries())
      await tx.forumCategory.update({ where: { id }, data: { position: position + 1 } });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.category_moved",
      entityType: "ForumCategory",
      entityId: categoryId,
      after: { direction },
    });
  });
}

/** Archives a category: it leaves the forums with its topics, which stay in the database. */
export async function archiveCategory(
  db: Db,
  actor: Actor,
  categoryId: string,
  context: AuditContext = {},
): Promise<void> {
  requireManager(actor);
  if (!isId(categoryId)) throw categoryNotFound();
  await inTransaction(db, async (tx) => {
    const { count } = await tx.forumCategory.updateMany({
      where: { id: categoryId, archivedAt: null },
      data: { archivedAt: new Date() },
    });
    if (count === 0) throw categoryNotFound();
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.category_archived",
      entityType: "ForumCategory",
      entityId: categoryId,
    });
  });
}

/** A category's values for its edit form. */
export function categoryFormValues(category: {
  name: string;
  slug: string;
  description: string;
  colour: string;
  whoMayStart: CategoryInput["whoMayStart"];
  placeId: string | null;
  restricted: boolean;
  allowedMembershipRoles: CategoryInput["membershipRoles"];
  organisations: { organisationId: string }[];
}): CategoryInput {
  return {
    name: category.name,
    slug: category.slug,
    description: category.description,
    colour: category.colour as CategoryInput["colour"],
    whoMayStart: category.whoMayStart,
    placeId: category.placeId ?? "",
    restricted: category.restricted,
    organisationIds: category.organisations.map((link) => link.organisationId),
    membershipRoles: category.allowedMembershipRoles,
  };
}
