import type { DbClient } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";

// The forums of the benchmark, generated in SQL (INSERT … SELECT generate_series), not
// row by row: 200,000 posts take seconds. Ids are md5 hashes of a fixed name and a number, so the
// benchmark can name any row without reading it back, and every run builds the same forums.
// Posts go through the search-vector trigger like every other post.

export interface ForumSize {
  forumCategories: number;
  forumTopics: number;
  forumPosts: number;
}

export interface ForumDataset {
  /** The first category's address part, for its topic list. */
  categorySlug: string | null;
  categoryName: string | null;
  /** The largest topic (up to BIG_TOPIC_POSTS posts), for a topic's page. */
  bigTopicId: string | null;
  bigTopicTitle: string | null;
}

/** Posts of the one big topic; the others share the rest. */
export const BIG_TOPIC_POSTS = 200;
const FORUM_AUTHORS = 200;
export const FORUM_PREFIX = "bench-forum-";
const AUTHOR_EMAIL_SUFFIX = "@forum-bench.invalid";

/**
 * A deterministic uuid for the kind of row and its number, shaped as a version 4 uuid (the
 * version and variant digits set), as the app's pages accept no other in their addresses.
 */
const idOf = (kind: string, n: Prisma.Sql) =>
  Prisma.sql`overlay(overlay(md5(${kind} || '-' || ${n}) placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`;

// Words the generated titles and bodies are made of: systems people run, care settings, and the
// words of everyday posts. Each post's body takes 24 of them.
const systems = ["SystmOne", "EMIS Web", "Mosaic", "Liquidlogic", "Cerner", "Epic", "Nourish"];
const words = (
  "discharge summary referral care home record access shared GP practice hospital pharmacy " +
  "medication reconciliation consent governance agreement template assessment nursing social " +
  "worker handover fax email interoperability interface message delay backlog training " +
  "rollout pilot switch migration supplier contract funding board lead clinical safety case " +
  "hazard incident report dashboard audit login smartcard password onboarding network wifi " +
  "tablet device patient resident family carer appointment booking waiting list prescription " +
  "allergy result letter clinic outpatient community district frailty falls dementia palliative " +
  "hospice ambulance urgent emergency weekend evening night winter capacity bed flow therapy " +
  "equipment wheelchair transport coordinator manager matron registrar pharmacist receptionist " +
  "volunteer charity council commissioner integrated board partnership neighbourhood team " +
  "meeting minutes action plan timeline risk issue lesson success problem workaround solution"
).split(" ");

export async function insertForums(
  prisma: DbClient,
  size: ForumSize,
  organisationIds: string[],
): Promise<ForumDataset> {
  const empty = { categorySlug: null, categoryName: null, bigTopicId: null, bigTopicTitle: null };
  if (size.forumCategories < 1 || size.forumTopics < 1 || size.forumPosts < size.forumTopics) {
    return empty;
  }
  const { forumCategories: categories, forumTopics: topics, forumPosts: posts } = size;
  const wordArray = Prisma.sql`ARRAY[${Prisma.join(words)}]::text[]`;
  const systemArray = Prisma.sql`ARRAY[${Prisma.join(systems)}]::text[]`;
  const orgArray = Prisma.sql`ARRAY[${Prisma.join(
    organisationIds.length > 0 ? organisationIds : [""],
  )}]::text[]`;

  await prisma.$executeRaw`
    INSERT INTO "User" ("id", "email", "name", "updatedAt")
    SELECT ${idOf("forum-author", Prisma.sql`n`)}, 'author-' || n || ${AUTHOR_EMAIL_SUFFIX},
           (ARRAY['Alex','Sam','Priya','Tom','Grace','Yusuf','Mei','Owen'])[1 + n % 8] || ' ' ||
           (ARRAY['Hartley','Okafor','Nguyen','Patel','Evans','Murphy','Khan','Walsh'])[1 + (n / 8) % 8]
             || ' ' || n,
           now()
      FROM generate_series(1, ${FORUM_AUTHORS}) n`;
  if (organisationIds.length > 0) {
    await prisma.$executeRaw`
      INSERT INTO "Membership" ("id", "userId", "organisationId", "role")
      SELECT ${idOf("forum-membership", Prisma.sql`n`)}, ${idOf("forum-author", Prisma.sql`n`)},
             (${orgArray})[1 + n % ${organisationIds.length}]::uuid, 'MEMBER'
        FROM generate_series(1, ${FORUM_AUTHORS}) n`;
  }
  await prisma.$executeRaw`
    INSERT INTO "ForumCategory" ("id", "slug", "name", "description", "colour", "position", "updatedAt")
    SELECT ${idOf("forum-category", Prisma.sql`n`)}, ${FORUM_PREFIX} || n, 'Benchmark forum ' || n,
           'Generated conversations, number ' || n, '#005eb8', n, now()
      FROM generate_series(1, ${categories}) n`;
  // Topic 1 is the big one; the titles name a system and three words.
  await prisma.$executeRaw`
    INSERT INTO "ForumTopic" ("id", "categoryId", "title", "tags", "authorId", "createdAt", "updatedAt")
    SELECT ${idOf("forum-topic", Prisma.sql`n`)},
           ${idOf("forum-category", Prisma.sql`(1 + n % ${categories})`)},
           initcap((${wordArray})[1 + (n * 7) % ${words.length}]) || ' and ' ||
             (${wordArray})[1 + (n * 13) % ${words.length}] || ' with ' ||
             (${systemArray})[1 + n % ${systems.length}] || ' (' || n || ')',
           ARRAY[(${wordArray})[1 + (n * 17) % ${words.length}]],
           ${idOf("forum-author", Prisma.sql`(1 + n % ${FORUM_AUTHORS})`)},
           now() - make_interval(mins => ${topics} - n), now()
      FROM generate_series(1, ${topics}) n`;
  // Post k (from 0): the first BIG_TOPIC_POSTS go to topic 1, the rest round the other topics.
  const others = Math.max(1, topics - 1);
  const big = Math.min(BIG_TOPIC_POSTS, posts - (topics - 1));
  await prisma.$executeRaw`
    INSERT INTO "ForumPost" ("id", "topicId", "number", "authorId", "body", "createdAt")
    SELECT ${idOf("forum-post", Prisma.sql`k`)},
           CASE WHEN k < ${big} THEN ${idOf("forum-topic", Prisma.sql`1`)}
                ELSE ${idOf("forum-topic", Prisma.sql`(2 + (k - ${big}) % ${others})`)} END,
           CASE WHEN k < ${big} THEN k + 1 ELSE 1 + (k - ${big}) / ${others} END,
           ${idOf("forum-author", Prisma.sql`(1 + (k * 31) % ${FORUM_AUTHORS})`)},
           (SELECT string_agg(
                     CASE WHEN w = 12 THEN (${systemArray})[1 + (k + w) % ${systems.length}]
                          ELSE (${wordArray})[1 + ((k * 2654435761::bigint + w * 40503) % ${words.length})::int] END,
                     ' ' ORDER BY w)
              FROM generate_series(1, 24) w)
             || '.',
           now() - make_interval(secs => (${posts} - k) * 30)
      FROM generate_series(0, ${posts - 1}) k`;
  await prisma.$executeRaw`
    UPDATE "ForumTopic" t
       SET "postCount" = s.count, "lastPostAt" = s.last
      FROM (SELECT "topicId", count(*)::int AS count, max("createdAt") AS last
              FROM "ForumPost" GROUP BY "topicId") s
     WHERE s."topicId" = t."id" AND t."categoryId" IN (
       SELECT "id" FROM "ForumCategory" WHERE "slug" LIKE ${`${FORUM_PREFIX}%`})`;
  // A third of the topics are solved: their second post is the accepted answer.
  await prisma.$executeRaw`
    UPDATE "ForumTopic" t SET "acceptedPostId" = p."id"
      FROM "ForumPost" p
     WHERE p."topicId" = t."id" AND p."number" = 2 AND t."authorId" IS NOT NULL
       AND t."categoryId" IN (SELECT "id" FROM "ForumCategory" WHERE "slug" LIKE ${`${FORUM_PREFIX}%`})
       AND ('x' || substr(t."id"::text, 1, 2))::bit(8)::int % 3 = 0`;
  const [bigTopic] = await prisma.$queryRaw<{ id: string; title: string }[]>`
    SELECT "id", "title" FROM "ForumTopic" WHERE "id" = ${idOf("forum-topic", Prisma.sql`1`)}`;
  return {
    categorySlug: `${FORUM_PREFIX}1`,
    categoryName: "Benchmark forum 1",
    bigTopicId: bigTopic?.id ?? null,
    bigTopicTitle: bigTopic?.title ?? null,
  };
}

/** Removes exactly what insertForums wrote. */
export async function removeForums(prisma: DbClient): Promise<void> {
  const categories = { category: { slug: { startsWith: FORUM_PREFIX } } };
  // Accepted answers hold on to posts; topics take their posts with them.
  await prisma.forumTopic.updateMany({ where: categories, data: { acceptedPostId: null } });
  await prisma.forumTopic.deleteMany({ where: categories });
  await prisma.forumCategory.deleteMany({ where: { slug: { startsWith: FORUM_PREFIX } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: AUTHOR_EMAIL_SUFFIX } } });
}
