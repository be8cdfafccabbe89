import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readFrameworkContent } from "@/lib/maturity/framework-content";
import { addDimension } from "@/lib/maturity/frameworks/add-dimension";
import { addQuestion } from "@/lib/maturity/frameworks/add-question";
import { setFrameworkArchived } from "@/lib/maturity/frameworks/archive-framework";
import { createFramework } from "@/lib/maturity/frameworks/create-framework";
import { getFramework } from "@/lib/maturity/frameworks/get-framework";
import { listFrameworks } from "@/lib/maturity/frameworks/list-frameworks";
import { moveDimension } from "@/lib/maturity/frameworks/move-dimension";
import { moveQuestion } from "@/lib/maturity/frameworks/move-question";
import { removeDimension } from "@/lib/maturity/frameworks/remove-dimension";
import { removeQuestion } from "@/lib/maturity/frameworks/remove-question";
import { updateDimension } from "@/lib/maturity/frameworks/update-dimension";
import { updateFrameworkDetails } from "@/lib/maturity/frameworks/update-framework-details";
import { updateQuestion } from "@/lib/maturity/frameworks/update-question";

import { adminOf, memberOf } from "../support/actors";
import { createOrganisation } from "../support/factories";
import {
  answerQuestions,
  createFramework as createFrameworkFixture,
  createRound,
  levelDescriptors,
} from "../support/maturity-factories";
import { createLead } from "../support/pathway-factories";

let lead: Actor;
let organisationId: string;

beforeEach(async () => {
  const prisma = await getPrisma();
  lead = await createLead(prisma);
  organisationId = (await createOrganisation(prisma, { type: "CARE_HOME" })).id;
});

const unique = () => Math.random().toString(36).slice(2, 8);

/** The framework's versions, newest first, with their counters. */
async function versionsOf(frameworkId: string) {
  return (await getPrisma()).frameworkVersion.findMany({
    where: { frameworkId },
    orderBy: { number: "desc" },
    select: { id: true, number: true, version: true },
  });
}

async function newest(frameworkId: string) {
  const [latest] = await versionsOf(frameworkId);
  if (!latest) throw new Error("no version");
  return { versionId: latest.id, version: latest.version };
}

/** Everything stored about a framework, to show that a refused edit changed nothing. */
async function everything(frameworkId: string) {
  const prisma = await getPrisma();
  return JSON.stringify(
    await prisma.maturityFramework.findUnique({
      where: { id: frameworkId },
      include: {
        versions: {
          orderBy: { number: "asc" },
          include: {
            dimensions: { orderBy: { key: "asc" } },
            questions: { orderBy: { key: "asc" } },
          },
        },
      },
    }),
  );
}

async function contentOf(versionId: string) {
  const content = await readFrameworkContent(await getPrisma(), versionId);
  if (!content) throw new Error("no content");
  return content;
}

const question = (dimensionId: string, text: string, overrides: Record<string, unknown> = {}) => ({
  dimensionId,
  text,
  guidance: "Look at the records themselves",
  levels: levelDescriptors(text),
  allowNotApplicable: false,
  appliesTo: [],
  ...overrides,
});

const auditActions = async (actorId: string) =>
  (
    await (
      await getPrisma()
    ).auditEvent.findMany({ where: { actorId }, orderBy: { occurredAt: "asc" } })
  ).map((event) => event.action);

describe("creating and describing a framework", () => {
  it("a lead creates a framework with an empty version 1, audited", async () => {
    const name = `Readiness ${unique()}`;
    const { id } = await createFramework(lead, { name, description: "Are we ready to share?" });

    const view = await getFramework(lead, id);
    expect(view).toMatchObject({ name, description: "Are we ready to share?", archivedAt: null });
    expect(view?.versions.map((version) => [version.number, version.rounds])).toEqual([[1, 0]]);
    expect(view?.showing.dimensions).toEqual([]);
    expect(await auditActions(lead.userId)).toEqual(["maturity_framework.created"]);
  });

  it("refuses a name another framework has, in any case, as a field error", async () => {
    const name = `Unique ${unique()}`;
    await createFramework(lead, { name, description: "First" });
    const prisma = await getPrisma();
    const before = await prisma.maturityFramework.count();
    await expect(
      createFramework(lead, { name: name.toUpperCase(), description: "Second" }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { name: [expect.any(String)] } });
    expect(await prisma.maturityFramework.count()).toBe(before);
  });

  it("changes the name and description, raising the edit counter", async () => {
    const { id } = await createFramework(lead, { name: `Old ${unique()}`, description: "Old" });
    const opened = await newest(id);
    const name = `New ${unique()}`;
    await updateFrameworkDetails(lead, id, { name, description: "New", ...opened });

    expect(await getFramework(lead, id)).toMatchObject({ name, description: "New" });
    expect(await versionsOf(id)).toEqual([
      { id: opened.versionId, number: 1, version: opened.version + 1 },
    ]);
    const event = await (
      await getPrisma()
    ).auditEvent.findFirstOrThrow({
      where: { action: "maturity_framework.updated", entityId: id },
    });
    expect(event.before).toMatchObject({ description: "Old" });
    expect(event.after).toMatchObject({ name, description: "New" });
  });

  it("refuses to rename a framework to another's name, saving nothing", async () => {
    const taken = `Taken ${unique()}`;
    await createFramework(lead, { name: taken, description: "One" });
    const { id } = await createFramework(lead, { name: `Mine ${unique()}`, description: "Two" });
    const before = await everything(id);
    await expect(
      updateFrameworkDetails(lead, id, { name: taken, description: "Two", ...(await newest(id)) }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { name: [expect.any(String)] } });
    expect(await everything(id)).toBe(before);
  });
});

describe("building a framework's content", () => {
  it("adds dimensions with keys made from their names, and changes them keeping the key", async () => {
    const { id } = await createFramework(lead, { name: `WGLL ${unique()}`, description: "All" });
    const first = await addDimension(lead, id, {
      name: "Well led",
      description: "",
      ...(await newest(id)),
    });
    const second = await addDimension(lead, id, {
      name: "Well led",
      description: "Again",
      ...(await newest(id)),
    });
    await updateDimension(lead, id, first.id, {
      name: "Well led and governed",
      description: "Leadership",
      ...(await newest(id)),
    });

    const content = await contentOf(first.versionId);
    expect(
      content.dimensions.map((dimension) => [
        dimension.key,
        dimension.name,
        dimension.description,
        dimension.position,
      ]),
    ).toEqual([
      ["well-led", "Well led and governed", "Leadership", 0],
      ["well-led-2", "Well led", "Again", 1],
    ]);
    expect(second.versionId).toBe(first.versionId);
    expect(await versionsOf(id)).toHaveLength(1);
    expect((await versionsOf(id))[0]?.version).toBe(4);
  });

  it("moves dimensions up and down and removes one with its questions", async () => {
    const fixture = await createFrameworkFixture(await getPrisma(), {
      dimensions: 3,
      questions: 2,
    });
    const [one, two, three] = fixture.dimensions;
    await moveDimension(lead, fixture.frameworkId, three!.id, {
      direction: "up",
      ...(await newest(fixture.frameworkId)),
    });
    await moveDimension(lead, fixture.frameworkId, one!.id, {
      direction: "down",
      ...(await newest(fixture.frameworkId)),
    });
    const keys = async () =>
      (await contentOf(fixture.versionId)).dimensions.map((d) => [d.key, d.position]);
    expect(await keys()).toEqual([
      ["dimension-3", 0],
      ["dimension-1", 1],
      ["dimension-2", 2],
    ]);

    await expect(
      moveDimension(lead, fixture.frameworkId, three!.id, {
        direction: "up",
        ...(await newest(fixture.frameworkId)),
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });

    const { removedQuestions } = await removeDimension(
      lead,
      fixture.frameworkId,
      one!.id,
      await newest(fixture.frameworkId),
    );
    expect(removedQuestions).toBe(2);
    expect(await keys()).toEqual([
      ["dimension-3", 0],
      ["dimension-2", 1],
    ]);
    const content = await contentOf(fixture.versionId);
    expect(content.questions.map((q) => q.id).sort()).toEqual(
      [...two!.questionIds, ...three!.questionIds].sort(),
    );
    expect(await auditActions(lead.userId)).toEqual([
      "maturity_framework.dimension_moved",
      "maturity_framework.dimension_moved",
      "maturity_framework.dimension_removed",
    ]);
  });

  it("adds, changes, moves and removes questions within and between dimensions", async () => {
    const fixture = await createFrameworkFixture(await getPrisma(), {
      dimensions: 2,
      questions: 2,
    });
    const { frameworkId, versionId } = fixture;
    const [one, two] = fixture.dimensions;
    const added = await addQuestion(
      lead,
      frameworkId,
      question(one!.id, "Do care records travel with the person?", {
        allowNotApplicable: true,
        appliesTo: ["CARE_HOME", "HOSPICE"],
        ...(await newest(frameworkId)),
      }),
    );
    let content = await contentOf(versionId);
    const made = content.questions.find((q) => q.id === added.id);
    expect(made).toMatchObject({
      key: "do-care-records-travel-with-the-person",
      dimensionId: one!.id,
      position: 2,
      guidance: "Look at the records themselves",
      levels: levelDescriptors("Do care records travel with the person?"),
      allowNotApplicable: true,
      appliesTo: ["CARE_HOME", "HOSPICE"],
    });

    await moveQuestion(lead, frameworkId, added.id, {
      direction: "up",
      ...(await newest(frameworkId)),
    });
    content = await contentOf(versionId);
    expect(content.dimensions[0]?.questions.map((q) => q.key)).toEqual([
      "dimension-1-question-1",
      "do-care-records-travel-with-the-person",
      "dimension-1-question-2",
    ]);

    // Moved to the other dimension by changing it: it goes last there, its key unchanged.
    await updateQuestion(
      lead,
      frameworkId,
      added.id,
      question(two!.id, "Do records travel with people?", {
        guidance: "",
        levels: levelDescriptors("Travel"),
        ...(await newest(frameworkId)),
      }),
    );
    content = await contentOf(versionId);
    expect(content.dimensions[0]?.questions.map((q) => [q.key, q.position])).toEqual([
      ["dimension-1-question-1", 0],
      ["dimension-1-question-2", 1],
    ]);
    expect(content.dimensions[1]?.questions.at(-1)).toMatchObject({
      id: added.id,
      key: "do-care-records-travel-with-the-person",
      text: "Do records travel with people?",
      guidance: null,
      levels: levelDescriptors("Travel"),
      position: 2,
    });

    await removeQuestion(lead, frameworkId, two!.questionIds[0]!, await newest(frameworkId));
    content = await contentOf(versionId);
    expect(content.dimensions[1]?.questions.map((q) => [q.key, q.position])).toEqual([
      ["dimension-2-question-2", 0],
      ["do-care-records-travel-with-the-person", 1],
    ]);
    expect(await versionsOf(frameworkId)).toHaveLength(1);
  });
});

describe("versions", () => {
  it("editing a version a round uses makes version 2; version 1 and the answers stay", async () => {
    const prisma = await getPrisma();
    const fixture = await createFrameworkFixture(prisma, { dimensions: 2, questions: 2 });
    const { frameworkId, versionId } = fixture;
    const round = await createRound(prisma, { versionId, organisationIds: [organisationId] });
    const assessmentId = round.assessments[0]!.id;
    await answerQuestions(prisma, assessmentId, fixture.questionIds, (_id, index) => index + 1);
    const versionOneBefore = JSON.stringify(await contentOf(versionId));
    const answersBefore = await prisma.assessmentAnswer.findMany({
      where: { assessmentId },
      orderBy: { questionId: "asc" },
    });

    const changedQuestion = fixture.dimensions[1]!.questionIds[0]!;
    const edit = await updateQuestion(
      lead,
      frameworkId,
      changedQuestion,
      question(fixture.dimensions[1]!.id, "A clearer question?", await newest(frameworkId)),
    );

    const versions = await versionsOf(frameworkId);
    expect(versions.map((version) => version.number)).toEqual([2, 1]);
    expect(edit.versionId).toBe(versions[0]?.id);
    expect(edit.id).not.toBe(changedQuestion);
    expect(JSON.stringify(await contentOf(versionId))).toBe(versionOneBefore);
    expect(
      await prisma.assessmentAnswer.findMany({
        where: { assessmentId },
        orderBy: { questionId: "asc" },
      }),
    ).toEqual(answersBefore);
    expect(
      (await prisma.assessmentRound.findUniqueOrThrow({ where: { id: round.id } }))
        .frameworkVersionId,
    ).toBe(versionId);

    // The copy has every dimension and question under the same keys and positions, new ids.
    const one = await contentOf(versionId);
    const two = await contentOf(edit.versionId);
    const layout = (content: typeof one) =>
      content.dimensions.map((d) => [
        d.key,
        d.position,
        d.questions.map((q) => [q.key, q.position]),
      ]);
    expect(layout(two)).toEqual(layout(one));
    expect(two.questions.map((q) => q.id)).not.toContain(changedQuestion);
    expect(two.questions.find((q) => q.id === edit.id)).toMatchObject({
      key: "dimension-2-question-1",
      text: "A clearer question?",
    });
    expect(one.questions.find((q) => q.id === changedQuestion)?.text).toBe(
      "Question 1 of dimension 2?",
    );

    // The framework page shows version 2, lists both with their rounds, and shows 1 on request.
    const view = await getFramework(lead, frameworkId);
    expect(view?.showing.number).toBe(2);
    expect(view?.versions.map((version) => [version.number, version.rounds])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect((await getFramework(lead, frameworkId, 1))?.showing.versionId).toBe(versionId);
    expect(await getFramework(lead, frameworkId, 3)).toBeNull();
    expect(await auditActions(lead.userId)).toEqual([
      "maturity_framework.version_started",
      "maturity_framework.question_updated",
    ]);

    // Version 2 is not in use, so the next edit changes it in place.
    await addDimension(lead, frameworkId, {
      name: "Workforce",
      description: "",
      ...(await newest(frameworkId)),
    });
    expect((await versionsOf(frameworkId)).map((version) => version.number)).toEqual([2, 1]);
    expect((await contentOf(edit.versionId)).dimensions.map((d) => d.key)).toEqual([
      "dimension-1",
      "dimension-2",
      "workforce",
    ]);
    expect((await contentOf(versionId)).dimensions).toHaveLength(2);
  });

  it("removing a dimension of a version in use removes it from the new version only", async () => {
    const prisma = await getPrisma();
    const fixture = await createFrameworkFixture(prisma, { dimensions: 2, questions: 1 });
    await createRound(prisma, { versionId: fixture.versionId, organisationIds: [organisationId] });
    await removeDimension(
      lead,
      fixture.frameworkId,
      fixture.dimensions[0]!.id,
      await newest(fixture.frameworkId),
    );
    const [latest] = await versionsOf(fixture.frameworkId);
    expect(latest?.number).toBe(2);
    expect((await contentOf(latest!.id)).dimensions.map((d) => [d.key, d.position])).toEqual([
      ["dimension-2", 0],
    ]);
    expect((await contentOf(fixture.versionId)).dimensions.map((d) => d.key)).toEqual([
      "dimension-1",
      "dimension-2",
    ]);
  });

  it("moves a question in the copy when the version is in use, addressed by the old id", async () => {
    const prisma = await getPrisma();
    const fixture = await createFrameworkFixture(prisma, { dimensions: 1, questions: 3 });
    await createRound(prisma, { versionId: fixture.versionId, organisationIds: [organisationId] });
    await moveQuestion(lead, fixture.frameworkId, fixture.questionIds[2]!, {
      direction: "up",
      ...(await newest(fixture.frameworkId)),
    });
    const [latest] = await versionsOf(fixture.frameworkId);
    expect((await contentOf(latest!.id)).questions.map((q) => q.key)).toEqual([
      "dimension-1-question-1",
      "dimension-1-question-3",
      "dimension-1-question-2",
    ]);
    expect((await contentOf(fixture.versionId)).questions.map((q) => q.key)).toEqual([
      "dimension-1-question-1",
      "dimension-1-question-2",
      "dimension-1-question-3",
    ]);
  });
});

describe("refusals", () => {
  it("refuses an edit from a form opened before another edit, saving nothing", async () => {
    const fixture = await createFrameworkFixture(await getPrisma(), { dimensions: 2 });
    const { frameworkId } = fixture;
    const stale = await newest(frameworkId);
    await updateDimension(lead, frameworkId, fixture.dimensions[0]!.id, {
      name: "Renamed",
      description: "",
      ...stale,
    });
    const before = await everything(frameworkId);

    await expect(
      updateDimension(lead, frameworkId, fixture.dimensions[1]!.id, {
        name: "Also renamed",
        description: "",
        ...stale,
      }),
    ).rejects.toThrow(/^Someone else changed this framework since you opened it/);
    await expect(
      addQuestion(lead, frameworkId, question(fixture.dimensions[0]!.id, "Late?", stale)),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      moveDimension(lead, frameworkId, fixture.dimensions[1]!.id, { direction: "up", ...stale }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      removeQuestion(lead, frameworkId, fixture.questionIds[0]!, stale),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      updateFrameworkDetails(lead, frameworkId, { name: "X", description: "Y", ...stale }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await everything(frameworkId)).toBe(before);
  });

  it("refuses an edit to a version that a newer version has replaced, starting no other", async () => {
    const prisma = await getPrisma();
    const fixture = await createFrameworkFixture(prisma, { dimensions: 1 });
    await createRound(prisma, { versionId: fixture.versionId, organisationIds: [organisationId] });
    const opened = await newest(fixture.frameworkId);
    await addDimension(lead, fixture.frameworkId, { name: "Second", description: "", ...opened });
    const before = await everything(fixture.frameworkId);
    // Same counter, but version 1 is no longer the newest.
    await expect(
      addDimension(lead, fixture.frameworkId, { name: "Third", description: "", ...opened }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await everything(fixture.frameworkId)).toBe(before);
    expect(await versionsOf(fixture.frameworkId)).toHaveLength(2);
  });

  it("refuses bad input with field errors, saving nothing and starting no version", async () => {
    const prisma = await getPrisma();
    const fixture = await createFrameworkFixture(prisma, { dimensions: 1 });
    await createRound(prisma, { versionId: fixture.versionId, organisationIds: [organisationId] });
    const before = await everything(fixture.frameworkId);
    const opened = await newest(fixture.frameworkId);

    const error = await addQuestion(
      lead,
      fixture.frameworkId,
      question(fixture.dimensions[0]!.id, "", {
        levels: ["One", "", "Three", "Four", "Five"],
        ...opened,
      }),
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "levels.1",
      "text",
    ]);
    await expect(
      addDimension(lead, fixture.frameworkId, { name: " ", description: "", ...opened }),
    ).rejects.toBeInstanceOf(ZodError);
    // A dimension of another framework is not one of this version's.
    const other = await createFrameworkFixture(prisma, { dimensions: 1 });
    await expect(
      addQuestion(lead, fixture.frameworkId, question(other.dimensions[0]!.id, "Where?", opened)),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { dimensionId: [expect.any(String)] },
    });
    await expect(
      updateDimension(lead, fixture.frameworkId, other.dimensions[0]!.id, {
        name: "Elsewhere",
        description: "",
        ...opened,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await everything(fixture.frameworkId)).toBe(before);
  });

  it("refuses organisation people every write, saving nothing, and lets them read", async () => {
    const fixture = await createFrameworkFixture(await getPrisma(), { dimensions: 1 });
    const before = await everything(fixture.frameworkId);
    const opened = await newest(fixture.frameworkId);
    for (const person of [memberOf(organisationId), adminOf(organisationId)]) {
      await expect(
        createFramework(person, { name: `Theirs ${unique()}`, description: "No" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        addDimension(person, fixture.frameworkId, { name: "No", description: "", ...opened }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        updateQuestion(
          person,
          fixture.frameworkId,
          fixture.questionIds[0]!,
          question(fixture.dimensions[0]!.id, "No?", opened),
        ),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        removeDimension(person, fixture.frameworkId, fixture.dimensions[0]!.id, opened),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(setFrameworkArchived(person, fixture.frameworkId, true)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect((await getFramework(person, fixture.frameworkId))?.showing.dimensions).toHaveLength(1);
    }
    expect(await everything(fixture.frameworkId)).toBe(before);
  });

  it("archives a framework: listed apart, not editable until restored", async () => {
    const fixture = await createFrameworkFixture(await getPrisma(), { name: `Old ${unique()}` });
    await setFrameworkArchived(lead, fixture.frameworkId, true);
    const lists = await listFrameworks(lead);
    expect(lists.archived.map((item) => item.id)).toContain(fixture.frameworkId);
    expect(lists.current.map((item) => item.id)).not.toContain(fixture.frameworkId);
    await expect(
      addDimension(lead, fixture.frameworkId, {
        name: "Late",
        description: "",
        ...(await newest(fixture.frameworkId)),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await setFrameworkArchived(lead, fixture.frameworkId, false);
    const restored = await listFrameworks(lead);
    expect(restored.current.find((item) => item.id === fixture.frameworkId)).toMatchObject({
      latestNumber: 1,
      dimensions: 3,
      questions: 6,
    });
    expect(await auditActions(lead.userId)).toEqual([
      "maturity_framework.archived",
      "maturity_framework.restored",
    ]);
  });
});
