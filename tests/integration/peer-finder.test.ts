import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { peerQuerySchema } from "@/lib/lessons/schemas";
import { lessonsForProducts, lessonsFromStrongOrganisations } from "@/lib/lessons/placements";
import { createLesson } from "@/lib/lessons/save-lesson";
import { findPeers } from "@/lib/peers/find-peers";
import { getPeerProfile, updatePeerProfile } from "@/lib/peers/peer-profile";

import { createPlace } from "../support/factories";
import { createOrganisationRunning, createPerson, lessonInput } from "../support/lesson-factories";
import { createFramework, createRound } from "../support/maturity-factories";

let prisma: DbClient;
let me: Actor;
let mineId: string;
let near: { id: string; name: string };
let unshared: { id: string; name: string };
let writer: { id: string; name: string };
let findable: Actor;
let hidden: Actor;
let lessonAuthor: Actor;
let answerer: Actor;
let dimension: { key: string; name: string };
let nearPlace: string;

const ask = (actor: Actor, query: Record<string, string>) =>
  findPeers(prisma, actor, peerQuerySchema.parse(query));

beforeAll(async () => {
  prisma = await getPrisma();
  const place = await createPlace(prisma);
  nearPlace = place.name;
  const mine = await createOrganisationRunning(prisma, {
    type: "CARE_HOME",
    placeId: place.id,
    supplier: "TPP",
    product: "SystmOne",
  });
  near = await createOrganisationRunning(prisma, {
    type: "CARE_HOME",
    placeId: place.id,
    supplier: "TPP",
    product: "SystmOne",
  });
  unshared = await createOrganisationRunning(prisma, {
    type: "GP_PRACTICE",
    supplier: "TPP",
    product: "SystmOne",
  });
  writer = await createOrganisationRunning(prisma, {
    type: "GP_PRACTICE",
    supplier: "EMIS Health",
    product: "EMIS Web",
  });
  await prisma.organisation.update({
    where: { id: near.id },
    data: { shareMaturityResults: true },
  });
  mineId = mine.id;
  me = await createPerson(prisma, { memberships: [{ organisationId: mine.id, role: "MEMBER" }] });
  findable = await createPerson(prisma, {
    name: "Findable Fran",
    memberships: [{ organisationId: near.id, role: "MEMBER" }],
    peerFindable: true,
    canHelpWith: "Moving a care home onto SystmOne",
  });
  hidden = await createPerson(prisma, {
    name: "Hidden Hal",
    memberships: [{ organisationId: near.id, role: "ORG_ADMIN" }],
  });
  lessonAuthor = await createPerson(prisma, {
    name: "Lesson Lee",
    memberships: [{ organisationId: writer.id, role: "MEMBER" }],
    peerFindable: true,
  });
  answerer = await createPerson(prisma, { name: "Answering Ann", peerFindable: true });

  // Both the near care home and the unshared practice score well; only the first shares it.
  const framework = await createFramework(prisma, { dimensions: 1, questions: 1 });
  dimension = { key: framework.dimensions[0]!.key, name: framework.dimensions[0]!.name };
  const round = await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [near.id, unshared.id],
    status: "SUBMITTED",
  });
  await prisma.assessmentScore.createMany({
    data: round.assessments.map((assessment) => ({
      assessmentId: assessment.id,
      dimensionId: framework.dimensions[0]!.id,
      score: assessment.organisationId === near.id ? 4.5 : 4.8,
    })),
  });

  await createLesson(
    prisma,
    lessonAuthor,
    lessonInput({ organisationId: writer.id, dimensionKey: dimension.key }),
  );

  // An accepted answer on a question about SystmOne, in an open category.
  const category = await prisma.forumCategory.create({
    data: { slug: "peer-test", name: "Peer test", description: "", colour: "#005eb8", position: 9 },
  });
  const topic = await prisma.forumTopic.create({
    data: {
      categoryId: category.id,
      title: "Exporting care plans from SystmOne",
      authorId: me.userId,
      posts: {
        create: [
          { number: 1, authorId: me.userId, body: "How?" },
          { number: 2, authorId: answerer.userId, body: "Like this." },
        ],
      },
    },
    include: { posts: true },
  });
  await prisma.forumTopic.update({
    where: { id: topic.id },
    data: { acceptedPostId: topic.posts.find((post) => post.number === 2)!.id },
  });
});

describe("the peer finder", () => {
  it("asks for a question before it shows anyone", async () => {
    expect(await ask(me, {})).toEqual({ asked: false, organisations: [], people: [] });
  });

  it("ranks organisations on the same system by proximity, and says why", async () => {
    const found = await ask(me, { product: "SystmOne" });
    expect(found.organisations.map((organisation) => organisation.id)).toEqual([
      near.id,
      unshared.id,
    ]);
    expect(found.organisations[0]?.reasons).toEqual([
      "Runs SystmOne like you",
      "A care home like you",
      `In ${nearPlace} like you`,
    ]);
    // The practice scored well too, but does not share its results: no score is ever told.
    expect(found.organisations[1]?.reasons.join(" ")).not.toMatch(/Scored/);
  });

  it("shows people only if they chose to be findable, never their email", async () => {
    const found = await ask(me, { product: "SystmOne" });
    const names = found.people.map((person) => person.name);
    expect(names).toContain("Findable Fran");
    expect(names).not.toContain("Hidden Hal");
    const fran = found.people.find((person) => person.id === findable.userId);
    expect(fran?.canHelpWith).toBe("Moving a care home onto SystmOne");
    expect(fran?.reasons[0]).toMatch(/^Works at /);
    expect(JSON.stringify(found)).not.toContain("@example.org");
    expect(found.people.map((person) => person.id)).not.toContain(hidden.userId);
  });

  it("uses maturity scores only of organisations that share them", async () => {
    const found = await ask(me, { dimension: dimension.key });
    const ids = found.organisations.map((organisation) => organisation.id);
    expect(ids).toContain(near.id);
    expect(ids).not.toContain(unshared.id);
    expect(found.organisations[0]).toMatchObject({ id: near.id });
    expect(found.organisations[0]?.reasons[0]).toBe(`Scored 4.5 on ${dimension.name}`);
    const lessons = found.organisations.find((organisation) => organisation.id === writer.id);
    expect(lessons?.reasons).toEqual([`Wrote 1 lesson on ${dimension.name}`]);
    expect(found.people.find((person) => person.id === lessonAuthor.userId)?.reasons[0]).toBe(
      `Wrote 1 lesson on ${dimension.name}`,
    );
  });

  it("finds the authors of accepted answers to a question", async () => {
    const found = await ask(me, { q: "care plans" });
    expect(found.people.find((person) => person.id === answerer.userId)?.reasons).toEqual([
      "Gave 1 accepted answer on this",
    ]);
  });

  it("never reads an answer in a category the asker may not read", async () => {
    const restricted = await prisma.forumCategory.create({
      data: {
        slug: "admins-only",
        name: "Admins only",
        description: "",
        colour: "#330072",
        position: 10,
        restricted: true,
        allowedMembershipRoles: ["ORG_ADMIN"],
      },
    });
    const insider = await createPerson(prisma, { name: "Insider Ida", peerFindable: true });
    const topic = await prisma.forumTopic.create({
      data: {
        categoryId: restricted.id,
        title: "Rota software for weekend cover",
        authorId: hidden.userId,
        posts: {
          create: [
            { number: 1, authorId: hidden.userId, body: "Which?" },
            { number: 2, authorId: insider.userId, body: "This one." },
          ],
        },
      },
      include: { posts: true },
    });
    await prisma.forumTopic.update({
      where: { id: topic.id },
      data: { acceptedPostId: topic.posts.find((post) => post.number === 2)!.id },
    });
    const asMember = await ask(me, { q: "weekend cover" });
    expect(asMember.people.map((person) => person.id)).not.toContain(insider.userId);
    const anAdmin = await createPerson(prisma, {
      memberships: [{ organisationId: writer.id, role: "ORG_ADMIN" }],
    });
    const asAdmin = await ask(anAdmin, { q: "weekend cover" });
    expect(asAdmin.people.map((person) => person.id)).toContain(insider.userId);
  });

  it("hides a person again once they stop being findable, with the change audited", async () => {
    await updatePeerProfile(prisma, findable, { peerFindable: false, canHelpWith: "" });
    expect(await getPeerProfile(prisma, findable)).toEqual({
      peerFindable: false,
      canHelpWith: "",
    });
    const found = await ask(me, { product: "SystmOne" });
    expect(found.people.map((person) => person.id)).not.toContain(findable.userId);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: findable.userId, action: "peer_profile.updated" },
      }),
    ).toBe(1);
    await updatePeerProfile(prisma, findable, {
      peerFindable: true,
      canHelpWith: "Moving a care home onto SystmOne",
    });
  });

  it("refuses a help line over 200 characters and changes nothing", async () => {
    await expect(
      updatePeerProfile(prisma, findable, { peerFindable: false, canHelpWith: "x".repeat(201) }),
    ).rejects.toThrow();
    expect((await getPeerProfile(prisma, findable)).peerFindable).toBe(true);
  });
});

// Last in the file: the lessons these add would change the peer finder's answers above.
describe("lessons where they help", () => {
  it("shows lessons on a weak dimension only from organisations that are strong and share it", async () => {
    const unsharedAdmin = await createPerson(prisma, {
      memberships: [{ organisationId: unshared.id, role: "ORG_ADMIN" }],
    });
    const fromNear = await createLesson(
      prisma,
      hidden,
      lessonInput({ organisationId: near.id, dimensionKey: dimension.key }),
    );
    await createLesson(
      prisma,
      unsharedAdmin,
      lessonInput({ organisationId: unshared.id, dimensionKey: dimension.key }),
    );
    const found = await lessonsFromStrongOrganisations(prisma, me, {
      organisationId: mineId,
      dimensionKeys: [dimension.key],
    });
    // The writer's lesson is on the dimension too, but the writer has no score on it.
    expect(found.get(dimension.key)?.map((lesson) => lesson.id)).toEqual([fromNear.id]);
  });

  it("shows at most three a dimension, the newest first, past newer ones from weaker organisations", async () => {
    const days = (n: number) => new Date(Date.now() + n * 86_400_000);
    const dated = async (author: Actor, organisationId: string, inDays: number) => {
      const lesson = await createLesson(
        prisma,
        author,
        lessonInput({ organisationId, dimensionKey: dimension.key }),
      );
      await prisma.lesson.update({ where: { id: lesson.id }, data: { createdAt: days(inDays) } });
      return lesson.id;
    };
    const fromNear = [];
    for (const inDays of [1, 2, 3, 4]) fromNear.push(await dated(hidden, near.id, inDays));
    // Newer still, from an organisation with no score on the dimension.
    await dated(lessonAuthor, writer.id, 5);
    await dated(lessonAuthor, writer.id, 6);

    const found = await lessonsFromStrongOrganisations(prisma, me, {
      organisationId: mineId,
      dimensionKeys: ["no-such-dimension", dimension.key],
    });
    expect([...found.keys()]).toEqual([dimension.key]);
    expect(found.get(dimension.key)?.map((lesson) => lesson.id)).toEqual(
      fromNear.slice(1).reverse(),
    );
  });

  it("shows lessons from other organisations running the same product, not one's own", async () => {
    const others = await createLesson(
      prisma,
      hidden,
      lessonInput({
        organisationId: near.id,
        systems: [{ category: "GP_SYSTEM", supplier: "TPP", product: "SystmOne" }],
      }),
    );
    await createLesson(
      prisma,
      me,
      lessonInput({
        organisationId: mineId,
        systems: [{ category: "GP_SYSTEM", supplier: "TPP", product: "systmone" }],
      }),
    );
    const found = await lessonsForProducts(prisma, me, mineId);
    expect([...found.keys()]).toEqual(["systmone"]);
    expect(found.get("systmone")?.map((lesson) => lesson.id)).toEqual([others.id]);
  });
});
