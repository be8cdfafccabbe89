import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { lessonFormOptions } from "@/lib/lessons/form-options";
import { loadLessonForEditing } from "@/lib/lessons/form-values";
import { getLesson, listSimilarLessons } from "@/lib/lessons/get-lesson";
import { listLessons } from "@/lib/lessons/list-lessons";
import { countLessonsByStep } from "@/lib/lessons/placements";
import { createLesson, updateLesson } from "@/lib/lessons/save-lesson";
import { lessonRegisterQuerySchema } from "@/lib/lessons/schemas";

import { createPathwayStep } from "../support/data-need-factories";
import { createOrganisation } from "../support/factories";
import { createPerson, createPublishedStep, lessonInput } from "../support/lesson-factories";
import { createFramework } from "../support/maturity-factories";

let prisma: DbClient;
let careHome: { id: string; placeId: string };
let practice: { id: string };
let author: Actor;
let colleague: Actor;
let careHomeAdmin: Actor;
let otherAdmin: Actor;
let lead: Actor;
let step: { pathwayId: string; stepId: string };
let dimensionKey: string;

const codeOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (error instanceof AppError) return error.code;
  if (error instanceof ZodError) return "VALIDATION";
  throw new Error(`expected a refusal, got ${String(error)}`);
};
const fieldsOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (error instanceof AppError) return Object.keys(error.fieldErrors ?? {});
  if (error instanceof ZodError) return error.issues.map((issue) => issue.path.join("."));
  throw new Error("expected a refusal");
};
const register = (actor: Actor, query: Record<string, string>) =>
  listLessons(prisma, actor, lessonRegisterQuerySchema.parse(query));

beforeAll(async () => {
  prisma = await getPrisma();
  careHome = await createOrganisation(prisma, { type: "CARE_HOME" });
  practice = await createOrganisation(prisma, { type: "GP_PRACTICE" });
  author = await createPerson(prisma, {
    memberships: [{ organisationId: careHome.id, role: "MEMBER" }],
  });
  colleague = await createPerson(prisma, {
    memberships: [{ organisationId: careHome.id, role: "MEMBER" }],
  });
  careHomeAdmin = await createPerson(prisma, {
    memberships: [{ organisationId: careHome.id, role: "ORG_ADMIN" }],
  });
  otherAdmin = await createPerson(prisma, {
    memberships: [{ organisationId: practice.id, role: "ORG_ADMIN" }],
  });
  lead = await createPerson(prisma, { role: "PROGRAMME_LEAD" });
  step = await createPublishedStep(prisma);
  const framework = await createFramework(prisma, { dimensions: 1, questions: 1 });
  dimensionKey = framework.dimensions[0]!.key;
});

describe("recording a lesson", () => {
  it("saves every field, its systems and a discussion topic in the lessons category", async () => {
    const { id, topicId } = await createLesson(
      prisma,
      author,
      lessonInput({
        title: "Champions before go-live",
        organisationId: careHome.id,
        organisationType: "CARE_HOME",
        placeId: careHome.placeId,
        systems: [
          { category: "CARE_HOME_RECORD", supplier: "Person Centred", product: "Carefolio" },
        ],
        stepId: step.stepId,
        dimensionKey,
        careSetting: "care-home",
        projectType: "new-system",
        wglMeasure: "support-people",
        earlyWarningSigns: "Night staff not trained.",
        evidenceLinks: "https://example.org/evaluation\n\nhttp://example.org/slides",
      }),
    );
    const lesson = await getLesson(prisma, colleague, id);
    expect(lesson).toMatchObject({
      title: "Champions before go-live",
      authorId: author.userId,
      organisationId: careHome.id,
      pathwayId: step.pathwayId,
      stepId: step.stepId,
      dimensionKey,
      careSetting: "care-home",
      wglMeasure: "support-people",
      evidenceLinks: ["https://example.org/evaluation", "http://example.org/slides"],
      topicId,
      canEdit: false,
    });
    expect(lesson.systems).toEqual([
      { category: "CARE_HOME_RECORD", supplier: "Person Centred", product: "Carefolio" },
    ]);

    const topic = await prisma.forumTopic.findUniqueOrThrow({
      where: { id: topicId },
      include: { category: true, posts: true },
    });
    expect(topic).toMatchObject({ kind: "DISCUSSION", title: lesson.title, postCount: 1 });
    expect(topic.category?.slug).toBe("lessons");
    expect(topic.category?.name).toBe("Lessons learned");
    expect(topic.posts).toHaveLength(1);
    expect(topic.posts[0]).toMatchObject({ number: 1, authorId: author.userId });
    expect(topic.posts[0]?.body).toContain(`(/lessons/${id})`);

    const audit = await prisma.auditEvent.findFirst({
      where: { entityId: id, action: "lesson.created" },
    });
    expect(audit?.actorId).toBe(author.userId);
  });

  it("puts every lesson's discussion in the one lessons category", async () => {
    await createLesson(prisma, author, lessonInput());
    expect(await prisma.forumCategory.count({ where: { slug: "lessons" } })).toBe(1);
  });

  it("refuses bad input with a reason on its field and saves nothing", async () => {
    const before = await prisma.lesson.count();
    expect(await fieldsOf(createLesson(prisma, author, lessonInput({ title: "  " })))).toEqual([
      "title",
    ]);
    expect(
      await fieldsOf(
        createLesson(prisma, author, lessonInput({ evidenceLinks: "javascript:alert(1)" })),
      ),
    ).toEqual(["evidenceLinks"]);
    expect(
      await fieldsOf(
        createLesson(
          prisma,
          author,
          lessonInput({
            evidenceLinks: Array.from({ length: 11 }, (_, i) => `https://e.org/${i}`).join("\n"),
          }),
        ),
      ),
    ).toEqual(["evidenceLinks"]);
    expect(
      await fieldsOf(
        createLesson(
          prisma,
          author,
          lessonInput({ systems: [{ category: "EHR", supplier: "Orion", product: "" }] }),
        ),
      ),
    ).toEqual(["systems.0.product"]);
    expect(
      await fieldsOf(createLesson(prisma, author, lessonInput({ organisationId: practice.id }))),
    ).toEqual(["organisationId"]);
    const other = await createPublishedStep(prisma);
    expect(
      await fieldsOf(
        createLesson(
          prisma,
          author,
          lessonInput({ pathwayId: step.pathwayId, stepId: other.stepId }),
        ),
      ),
    ).toEqual(["stepId"]);
    const draft = await createPathwayStep(prisma);
    expect(
      await fieldsOf(createLesson(prisma, author, lessonInput({ stepId: draft.stepId }))),
    ).toEqual(["stepId"]);
    expect(
      await fieldsOf(createLesson(prisma, author, lessonInput({ dimensionKey: "no-such-thing" }))),
    ).toEqual(["dimensionKey"]);
    expect(await prisma.lesson.count()).toBe(before);
  });
});

describe("changing a lesson", () => {
  it("is for its author, its organisation's admins and leads, and nobody else", async () => {
    const { id } = await createLesson(
      prisma,
      author,
      lessonInput({ organisationId: careHome.id, title: "Before" }),
    );
    expect(await codeOf(updateLesson(prisma, colleague, id, 1, lessonInput()))).toBe("FORBIDDEN");
    expect(await codeOf(updateLesson(prisma, otherAdmin, id, 1, lessonInput()))).toBe("FORBIDDEN");
    await updateLesson(
      prisma,
      author,
      id,
      1,
      lessonInput({ organisationId: careHome.id, title: "By the author" }),
    );
    await updateLesson(
      prisma,
      careHomeAdmin,
      id,
      2,
      lessonInput({ organisationId: careHome.id, title: "By the admin" }),
    );
    // The lead keeps the organisation the lesson already had, though they are not a member.
    await updateLesson(
      prisma,
      lead,
      id,
      3,
      lessonInput({ organisationId: careHome.id, title: "By the lead" }),
    );
    const stored = await prisma.lesson.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ title: "By the lead", version: 4, organisationId: careHome.id });
    expect(await codeOf(updateLesson(prisma, author, id, 3, lessonInput()))).toBe("CONFLICT");
    expect(await codeOf(updateLesson(prisma, author, "not-an-id", 1, lessonInput()))).toBe(
      "NOT_FOUND",
    );
    expect(
      await prisma.auditEvent.count({ where: { entityId: id, action: "lesson.updated" } }),
    ).toBe(3);
    // The lead's form offers the organisation the lesson has, so saving it keeps it.
    const editing = await loadLessonForEditing(prisma, lead, id);
    const choices = await lessonFormOptions(prisma, lead, editing);
    expect(choices.organisations.map((organisation) => organisation.id)).toEqual([careHome.id]);
    expect(await codeOf(loadLessonForEditing(prisma, otherAdmin, id))).toBe("FORBIDDEN");
  });
});

describe("the lessons register", () => {
  let alpha: string;
  let beta: string;
  let gamma: string;
  beforeAll(async () => {
    alpha = (
      await createLesson(
        prisma,
        author,
        lessonInput({
          title: "Switching to SystmOne in a care home",
          organisationType: "CARE_HOME",
          systems: [{ category: "GP_SYSTEM", supplier: "TPP", product: "SystmOne" }],
          stepId: step.stepId,
          dimensionKey,
          outcome: "PARTLY_WORKED",
          whatHappened: "The medication reconciliation backlog cleared within a fortnight.",
        }),
      )
    ).id;
    beta = (
      await createLesson(
        prisma,
        author,
        lessonInput({
          title: "Shared record access for night staff",
          organisationType: "CARE_HOME",
          systems: [{ category: "GP_SYSTEM", supplier: "TPP", product: "SystmOne" }],
          outcome: "WORKED",
        }),
      )
    ).id;
    gamma = (
      await createLesson(
        prisma,
        otherAdmin,
        lessonInput({
          title: "Discharge letters by email",
          organisationType: "GP_PRACTICE",
          systems: [{ category: "GP_SYSTEM", supplier: "EMIS Health", product: "EMIS Web" }],
          outcome: "DID_NOT_WORK",
        }),
      )
    ).id;
  });

  it("counts each facet's values under the other choices", async () => {
    const all = await register(lead, { product: "SystmOne" });
    expect(all.rows.map((row) => row.id).sort()).toEqual([alpha, beta].sort());
    expect(all.total).toBe(2);
    expect(all.facets.outcomes).toEqual([
      { value: "WORKED", label: "Worked", count: 1 },
      { value: "PARTLY_WORKED", label: "Partly worked", count: 1 },
    ]);
    // The system facet leaves its own choice out, so other systems stay in view with counts.
    const systems = Object.fromEntries(all.facets.systems.map((s) => [s.product, s.count]));
    expect(systems.SystmOne).toBe(2);
    expect(systems["EMIS Web"]).toBe(1);
    expect(all.facets.organisationTypes).toEqual([
      { value: "CARE_HOME", label: "Care home", count: 2 },
    ]);
    expect(all.facets.dimensions).toEqual([
      { value: dimensionKey, label: "Dimension 1", count: 1 },
    ]);
    expect(all.facets.pathways.map((p) => [p.value, p.count])).toEqual([[step.pathwayId, 1]]);

    const failed = await register(lead, { outcome: "DID_NOT_WORK" });
    expect(failed.rows.map((row) => row.id)).toEqual([gamma]);
  });

  it("finds a lesson by a word of its body, with the word highlighted", async () => {
    const found = await register(colleague, { q: "reconciliation" });
    expect(found.rows.map((row) => row.id)).toEqual([alpha]);
    expect(found.rows[0]?.snippet).toContain("\uE000reconciliation\uE001");
  });

  it("finds lessons by a misspelt system name", async () => {
    const found = await register(colleague, { q: "Sytmone" });
    expect(found.rows.map((row) => row.id).sort()).toEqual([alpha, beta].sort());
    const none = await register(colleague, { q: "Xylophone" });
    expect(none.total).toBe(0);
  });

  it("counts the lessons about each step in one go", async () => {
    const other = await createPublishedStep(prisma);
    expect(await countLessonsByStep(prisma, colleague, [step.stepId, other.stepId, "x"])).toEqual({
      [step.stepId]: 2,
    });
  });

  it("ranks lessons like this one by what they share", async () => {
    const lesson = await getLesson(prisma, colleague, alpha);
    const similar = await listSimilarLessons(prisma, colleague, lesson);
    // The first lesson of this file shares the step, the dimension and the type: it comes first.
    expect(similar[0]).toMatchObject({ sameStep: true, sameDimension: true });
    expect(similar.find((other) => other.id === beta)).toMatchObject({
      sharedSystems: 1,
      sameOrganisationType: true,
      sameStep: false,
    });
    expect(similar.map((other) => other.id)).not.toContain(alpha);
    expect(similar.map((other) => other.id)).not.toContain(gamma);
  });
});
