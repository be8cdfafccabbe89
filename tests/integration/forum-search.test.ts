import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { forumPolicy } from "@/lib/forums/policy";
import { forumSearchQuerySchema } from "@/lib/forums/search/schemas";
import { searchForums } from "@/lib/forums/search/search-forums";
import { readablePostsSql } from "@/lib/forums/search/visibility";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PostStatus } from "@/lib/generated/prisma/enums";
import { HIGHLIGHT_START, splitHighlights } from "@/lib/search/highlight";

import { createOrganisation, createPlace, createUser } from "../support/factories";
import { asActor } from "../support/people-factories";

// Forum search on the application's database (PGlite, or PostgreSQL in CI): ranking, one result
// per topic, snippets, misspellings, filters, and never a post the searcher may not read.

let prisma: DbClient;
let people: Record<"alice" | "bob" | "carol" | "outsider" | "lead", Actor>;
let organisations: { a: string; b: string };
const topics: Record<string, string> = {};

const search = (actor: Actor, params: Record<string, string>) =>
  searchForums(prisma, actor, forumSearchQuerySchema.parse(params));
const topicIds = async (actor: Actor, params: Record<string, string>) =>
  (await search(actor, params)).results.map((result) => result.topicId);
/** Topics found by their words, leaving out those only like what was typed. */
const wordMatches = async (actor: Actor, params: Record<string, string>) =>
  (await search(actor, params)).results
    .filter((result) => result.match === "words")
    .map((result) => result.topicId);

interface PostSeed {
  author: Actor;
  body: string;
  status?: PostStatus;
  createdAt?: Date;
}

async function topic(
  key: string,
  options: {
    title: string;
    categoryId?: string;
    tags?: string[];
    participants?: Actor[];
    posts: PostSeed[];
  },
) {
  const first = options.posts[0]!;
  const created = await prisma.forumTopic.create({
    data: {
      kind: options.categoryId ? "DISCUSSION" : "PRIVATE",
      categoryId: options.categoryId ?? null,
      title: options.title,
      tags: options.tags ?? [],
      authorId: first.author.userId,
      participants: { create: (options.participants ?? []).map((p) => ({ userId: p.userId })) },
      posts: {
        create: options.posts.map((post, index) => ({
          number: index + 1,
          authorId: post.author.userId,
          body: post.body,
          status: post.status ?? "PUBLISHED",
          ...(post.createdAt ? { createdAt: post.createdAt } : {}),
        })),
      },
    },
  });
  topics[key] = created.id;
  return created;
}

const category = (name: string, extra: Prisma.ForumCategoryUncheckedCreateInput | object = {}) =>
  prisma.forumCategory.create({
    data: {
      slug: name.toLowerCase().replace(/\W+/g, "-"),
      name,
      description: `${name} conversations`,
      colour: "#005eb8",
      position: 1,
      ...extra,
    },
  });

beforeAll(async () => {
  prisma = await getPrisma();
  const place = await createPlace(prisma);
  const [a, b] = await Promise.all([
    createOrganisation(prisma, { placeId: place.id, type: "CARE_HOME" }),
    createOrganisation(prisma, { placeId: place.id }),
  ]);
  organisations = { a: a.id, b: b.id };
  const [alice, bob, carol, outsider, lead] = await Promise.all([
    createUser(prisma, {
      name: "Alice Hartley",
      memberships: [{ organisationId: a.id, role: "MEMBER" }],
    }),
    createUser(prisma, {
      name: "Bob Okafor",
      memberships: [{ organisationId: b.id, role: "MEMBER" }],
    }),
    createUser(prisma, {
      name: "Carol Ng",
      memberships: [{ organisationId: b.id, role: "IG_LEAD" }],
    }),
    createUser(prisma, { name: "Oscar Outside" }),
    createUser(prisma, { name: "Lena Lead", role: "PROGRAMME_LEAD" }),
  ]);
  people = {
    alice: asActor(alice),
    bob: asActor(bob),
    carol: asActor(carol),
    outsider: asActor(outsider),
    lead: asActor(lead),
  };

  const careHomes = await category("Care homes");
  const discharge = await category("Hospital discharge");
  const restricted = await category("Larchwood only", {
    restricted: true,
    organisations: { create: [{ organisationId: a.id }] },
  });
  const governance = await category("Governance leads", {
    restricted: true,
    allowedMembershipRoles: ["IG_LEAD"],
  });
  const archived = await category("Old archive", { archivedAt: new Date() });

  await topic("systmone", {
    title: "Moving care homes to SystmOne",
    categoryId: careHomes.id,
    posts: [
      { author: people.alice, body: "We want read access to the shared record from the home." },
      { author: people.bob, body: "We still send everything by fax, sadly, until the switch." },
    ],
  });
  await topic("coffee", {
    title: "Monthly coffee morning",
    categoryId: careHomes.id,
    posts: [{ author: people.bob, body: "Bring your SystmOne questions along to the coffee." }],
  });
  await topic("summaries", {
    title: "Discharge summary delays",
    categoryId: discharge.id,
    tags: ["gp-practices"],
    posts: [
      {
        author: people.alice,
        body: "Discharge summaries reach the practice days late.",
        createdAt: new Date("2026-01-15T12:00:00Z"),
      },
      {
        author: people.bob,
        body: "We now send the discharge summary electronically, the same day.",
        createdAt: new Date("2026-01-20T12:00:00Z"),
      },
    ],
  });
  const summaries = await prisma.forumPost.findFirstOrThrow({
    where: { topicId: topics.summaries, number: 2 },
  });
  await prisma.forumTopic.update({
    where: { id: topics.summaries },
    data: { acceptedPostId: summaries.id },
  });
  await topic("restricted", {
    title: "Zebra crossings near Larchwood",
    categoryId: restricted.id,
    posts: [{ author: people.alice, body: "A zebra of a problem." }],
  });
  await topic("governance", {
    title: "Zebra data protection impact assessment",
    categoryId: governance.id,
    posts: [{ author: people.carol, body: "Our zebra assessment template." }],
  });
  await topic("private", {
    title: "Zebra question between us",
    participants: [people.alice, people.bob],
    posts: [{ author: people.alice, body: "A private zebra word." }],
  });
  await topic("archived", {
    title: "Zebra of old",
    categoryId: archived.id,
    posts: [{ author: people.alice, body: "An archived zebra." }],
  });
  await topic("moderated", {
    title: "Visiting hours",
    categoryId: careHomes.id,
    posts: [
      { author: people.alice, body: "Visiting hours are changing." },
      { author: people.carol, body: "A quokka picture hidden by moderators.", status: "HIDDEN" },
      { author: people.bob, body: "A wombat post waiting for review.", status: "AWAITING_REVIEW" },
      { author: people.carol, body: "A deleted numbat post.", status: "DELETED" },
    ],
  });
});

describe("forum search", () => {
  it("ranks a topic whose title has the word above one whose body has it, once per topic", async () => {
    const found = await search(people.outsider, { q: "SystmOne" });
    expect(found.results.map((r) => r.topicId)).toEqual([topics.systmone, topics.coffee]);
    expect(found.total).toBe(2);
    expect(found.results.every((result) => result.match === "words")).toBe(true);
  });

  it("shows each topic's best post, with the matched words highlighted in its snippet", async () => {
    const [result] = (await search(people.outsider, { q: "fax" })).results;
    expect(result?.topicId).toBe(topics.systmone);
    expect(result?.postNumber).toBe(2);
    expect(result?.authorName).toBe("Bob Okafor");
    expect(result?.category).toEqual({ name: "Care homes", slug: "care-homes" });
    expect(result?.snippet).toContain(`${HIGHLIGHT_START}fax`);
    const highlighted = splitHighlights(result?.snippet ?? "").filter((part) => part.highlighted);
    expect(highlighted.map((part) => part.text)).toEqual(["fax"]);

    // Words split between the title and a reply find that reply.
    const [split] = (await search(people.outsider, { q: "SystmOne fax" })).results;
    expect(split?.postNumber).toBe(2);
  });

  it("matches the stems of words and marks them in the title", async () => {
    const [result] = (await search(people.outsider, { q: "discharge summaries" })).results;
    expect(result?.topicId).toBe(topics.summaries);
    expect(result?.solved).toBe(true);
    expect(splitHighlights(result?.title ?? "").filter((part) => part.highlighted)).toHaveLength(2);
  });

  it("finds a topic by a misspelt word of its title, after the word matches", async () => {
    const found = await search(people.outsider, { q: "Sytemone" });
    expect(found.results.map((r) => r.topicId)).toEqual([topics.systmone]);
    expect(found.results[0]?.match).toBe("similar");
  });

  it("finds by the category's name and the tags, and follows a renamed topic or category", async () => {
    expect(await wordMatches(people.outsider, { q: "gp-practices" })).toEqual([topics.summaries]);
    expect(await wordMatches(people.outsider, { q: "hospital" })).toEqual([topics.summaries]);

    await prisma.forumTopic.update({
      where: { id: topics.coffee },
      data: { title: "Monthly tea afternoon" },
    });
    expect(await wordMatches(people.outsider, { q: "tea afternoon" })).toEqual([topics.coffee]);
    expect(await wordMatches(people.outsider, { q: "coffee morning" })).toEqual([]);

    await prisma.forumCategory.update({
      where: { slug: "hospital-discharge" },
      data: { name: "Leaving hospital" },
    });
    expect(await wordMatches(people.outsider, { q: "leaving" })).toEqual([topics.summaries]);
  });

  it("narrows by category, author, organisation, solved and date", async () => {
    const careHomes = await prisma.forumCategory.findUniqueOrThrow({
      where: { slug: "care-homes" },
    });
    expect(await topicIds(people.outsider, { q: "SystmOne", category: careHomes.id })).toHaveLength(
      2,
    );
    expect(await topicIds(people.outsider, { q: "discharge", category: careHomes.id })).toEqual([]);

    expect(await topicIds(people.outsider, { q: "SystmOne", author: "Hartley" })).toEqual([
      topics.systmone,
    ]);
    // A misspelt name still finds its author.
    expect(await topicIds(people.outsider, { q: "SystmOne", author: "Alise Hartly" })).toEqual([
      topics.systmone,
    ]);

    const byB = await search(people.outsider, { q: "SystmOne", organisation: organisations.b });
    expect(byB.results.map((r) => [r.topicId, r.postNumber])).toEqual([
      [topics.systmone, 2],
      [topics.coffee, 1],
    ]);

    expect(await topicIds(people.outsider, { q: "discharge", solved: "yes" })).toEqual([
      topics.summaries,
    ]);
    expect(await topicIds(people.outsider, { q: "discharge", solved: "no" })).toEqual([]);

    const january = await search(people.outsider, {
      q: "discharge",
      from: "2026-01-14",
      to: "2026-01-15",
    });
    expect(january.results.map((r) => r.postNumber)).toEqual([1]);
    expect(await topicIds(people.outsider, { q: "discharge", from: "2026-02-01" })).toEqual([]);
  });

  it("never finds a post the searcher may not read", async () => {
    expect(await topicIds(people.outsider, { q: "zebra" })).toEqual([]);
    expect(new Set(await topicIds(people.alice, { q: "zebra" }))).toEqual(
      new Set([topics.restricted, topics.private]),
    );
    expect(await topicIds(people.bob, { q: "zebra" })).toEqual([topics.private]);
    expect(await topicIds(people.carol, { q: "zebra" })).toEqual([topics.governance]);
    // Leads read restricted categories, never other people's private messages or the archive.
    expect(new Set(await topicIds(people.lead, { q: "zebra" }))).toEqual(
      new Set([topics.restricted, topics.governance]),
    );
    // Nor does a misspelling reach them.
    expect(await topicIds(people.outsider, { q: "Zebras crossing" })).toEqual([]);

    for (const person of Object.values(people)) {
      expect(await topicIds(person, { q: "quokka" })).toEqual([]);
      expect(await topicIds(person, { q: "numbat" })).toEqual([]);
    }
    // A post waiting for review is found by its author only.
    expect(await topicIds(people.bob, { q: "wombat" })).toEqual([topics.moderated]);
    expect(await topicIds(people.alice, { q: "wombat" })).toEqual([]);
    expect(await topicIds(people.lead, { q: "wombat" })).toEqual([]);
  });

  it("reads the same posts in SQL as the forum policy does, for every kind of person", async () => {
    for (const person of Object.values(people)) {
      const byPolicy = await prisma.forumPost.findMany({
        where: forumPolicy.readablePostsWhere(person),
        select: { id: true },
      });
      const bySql = await prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT p."id" FROM "ForumPost" p
          JOIN "ForumTopic" t ON t."id" = p."topicId"
          LEFT JOIN "ForumCategory" c ON c."id" = t."categoryId"
         WHERE ${readablePostsSql(person)}`);
      expect(bySql.map((row) => row.id).sort()).toEqual(byPolicy.map((row) => row.id).sort());
      expect(byPolicy.length).toBeGreaterThan(0);
    }
  });

  it("finds nothing for an empty query, and takes any text without failing", async () => {
    expect(await search(people.outsider, { q: "  " })).toMatchObject({ results: [], total: 0 });
    expect(await search(people.outsider, { q: "the" })).toMatchObject({ results: [], total: 0 });
    for (const q of [`"unclosed ' OR 1=1 --`, "a & b | !c <-> d:*", "-", "zebra)"]) {
      await expect(search(people.outsider, { q })).resolves.toMatchObject({ page: 1 });
    }
  });

  it("pages through results", async () => {
    const beyond = await search(people.outsider, { q: "SystmOne", page: "2" });
    expect(beyond.results).toEqual([]);
    expect(beyond.page).toBe(2);
  });
});
