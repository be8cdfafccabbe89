import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { getPrisma } from "@/lib/db/client";
import { addKeyContact } from "@/lib/organisations/add-key-contact";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";
import { getKeyContact } from "@/lib/organisations/get-key-contact";
import { removeKeyContact } from "@/lib/organisations/remove-key-contact";
import { updateKeyContact } from "@/lib/organisations/update-key-contact";

import { actor, adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation } from "../support/factories";
import { createKeyContact } from "../support/organisation-record-factories";

let organisationA: string;
let organisationB: string;
let contactA: Awaited<ReturnType<typeof createKeyContact>>;
let contactB: Awaited<ReturnType<typeof createKeyContact>>;

const input = (overrides: Record<string, unknown> = {}) => ({
  name: "  Nia   Roberts ",
  role: "Caldicott guardian",
  email: " nia.roberts@brookfield.example ",
  phone: "+44 (0)1632 960 123",
  ...overrides,
});

const contactsOf = async (organisationId: string) =>
  (await getPrisma()).keyContact.findMany({ where: { organisationId }, orderBy: { id: "asc" } });
const eventsFor = async (entityId: string) =>
  (await getPrisma()).auditEvent.findMany({
    where: { entityId, action: { startsWith: "contact." } },
    orderBy: { occurredAt: "asc" },
  });
const contactEventCount = async () =>
  (await getPrisma()).auditEvent.count({ where: { action: { startsWith: "contact." } } });

beforeEach(async () => {
  const prisma = await getPrisma();
  organisationA = (await createOrganisation(prisma)).id;
  organisationB = (await createOrganisation(prisma)).id;
  contactA = await createKeyContact(prisma, organisationA, {
    name: "Owen Price",
    role: "IG lead",
    email: "owen.price@a.example",
  });
  contactB = await createKeyContact(prisma, organisationB);
});

describe("adding a key contact", () => {
  it.each([
    ["its organisation admin", () => adminOf(organisationA)],
    ["a programme lead", () => lead()],
    ["a platform admin", () => platformAdmin()],
  ])("lets %s add one, tidied and audited with the actor", async (_who, who) => {
    const person = who();
    const { id } = await addKeyContact(person, organisationA, input(), { requestId: "r-add" });

    const added = await (await getPrisma()).keyContact.findUniqueOrThrow({ where: { id } });
    expect(added).toMatchObject({
      organisationId: organisationA,
      name: "Nia Roberts",
      role: "Caldicott guardian",
      email: "nia.roberts@brookfield.example",
      phone: "+44 (0)1632 960 123",
    });
    const [event] = await eventsFor(id);
    expect(event).toMatchObject({
      action: "contact.added",
      actorId: person.userId,
      actingOrganisationId: organisationA,
      entityType: "KeyContact",
      requestId: "r-add",
      before: null,
      after: { name: "Nia Roberts", email: "nia.roberts@brookfield.example" },
    });
  });

  it("records a contact with neither email nor telephone", async () => {
    const { id } = await addKeyContact(lead(), organisationA, input({ email: "", phone: " " }));
    const added = await (await getPrisma()).keyContact.findUniqueOrThrow({ where: { id } });
    expect(added).toMatchObject({ email: null, phone: null });
  });

  it("refuses members, admins of other organisations and people with none, adding nothing", async () => {
    const events = await contactEventCount();
    for (const who of [memberOf(organisationA), adminOf(organisationB), actor()]) {
      await expect(addKeyContact(who, organisationA, input())).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await contactsOf(organisationA)).toEqual([contactA]);
    expect(await contactEventCount()).toBe(events);
  });

  it("refuses bad input with a message for each field, adding nothing", async () => {
    const events = await contactEventCount();

    const error = await addKeyContact(
      adminOf(organisationA),
      organisationA,
      input({ name: "", role: "r".repeat(121), email: "nia@", phone: "call reception" }),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual([
      "email",
      "name",
      "phone",
      "role",
    ]);
    expect(await contactsOf(organisationA)).toEqual([contactA]);
    expect(await contactEventCount()).toBe(events);
  });

  it("answers not found for an unknown, malformed or archived organisation", async () => {
    await setOrganisationArchived(lead(), organisationB, true);
    for (const organisationId of ["00000000-0000-4000-8000-000000000000", "nope", organisationB]) {
      await expect(addKeyContact(lead(), organisationId, input())).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await contactsOf(organisationB)).toEqual([contactB]);
  });

  it("adds nothing when its audit record cannot be written", async () => {
    await expect(
      addKeyContact(lead(), organisationA, input(), { actingOrganisationId: "not-a-uuid" }),
    ).rejects.toThrow();

    expect(await contactsOf(organisationA)).toEqual([contactA]);
  });
});

describe("changing a key contact", () => {
  it("lets its organisation admin change it, audited with before and after", async () => {
    const admin = adminOf(organisationA);
    await updateKeyContact(admin, organisationA, contactA.id, input({ phone: "" }));

    const [changed] = await contactsOf(organisationA);
    expect(changed).toMatchObject({ name: "Nia Roberts", phone: null });
    const [event] = await eventsFor(contactA.id);
    expect(event).toMatchObject({
      action: "contact.updated",
      actorId: admin.userId,
      actingOrganisationId: organisationA,
      before: { name: "Owen Price", role: "IG lead", email: "owen.price@a.example", phone: null },
      after: {
        name: "Nia Roberts",
        role: "Caldicott guardian",
        email: "nia.roberts@brookfield.example",
        phone: null,
      },
    });
  });

  it("lets programme leads and platform admins change any organisation's contact", async () => {
    await updateKeyContact(lead(), organisationA, contactA.id, input({ role: "Digital lead" }));
    await updateKeyContact(platformAdmin(), organisationB, contactB.id, input({ role: "DPO" }));

    expect((await contactsOf(organisationA))[0]!.role).toBe("Digital lead");
    expect((await contactsOf(organisationB))[0]!.role).toBe("DPO");
  });

  it("refuses members and admins of another organisation, changing nothing", async () => {
    const events = await contactEventCount();
    for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
      await expect(
        updateKeyContact(who, organisationA, contactA.id, input()),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await contactsOf(organisationA)).toEqual([contactA]);
    expect(await contactEventCount()).toBe(events);
  });

  it("never reaches another organisation's contact through one's own", async () => {
    const events = await contactEventCount();
    await expect(
      updateKeyContact(adminOf(organisationB), organisationB, contactA.id, input()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateKeyContact(lead(), organisationB, contactA.id, input()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getKeyContact(adminOf(organisationB), organisationB, contactA.id),
    ).resolves.toBeNull();

    expect(await contactsOf(organisationA)).toEqual([contactA]);
    expect(await contactEventCount()).toBe(events);
  });
});

describe("removing a key contact", () => {
  it("lets its organisation admin remove it, the audit keeping who it was", async () => {
    const admin = adminOf(organisationA);
    await removeKeyContact(admin, organisationA, contactA.id, { requestId: "r-remove" });

    expect(await contactsOf(organisationA)).toEqual([]);
    const [event] = await eventsFor(contactA.id);
    expect(event).toMatchObject({
      action: "contact.removed",
      actorId: admin.userId,
      actingOrganisationId: organisationA,
      before: { name: "Owen Price", role: "IG lead" },
      after: null,
    });
  });

  it("lets a platform admin remove any organisation's contact", async () => {
    await removeKeyContact(platformAdmin(), organisationB, contactB.id);
    expect(await contactsOf(organisationB)).toEqual([]);
  });

  it("refuses members and other organisations' admins, by either address, removing nothing", async () => {
    const events = await contactEventCount();
    for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
      await expect(removeKeyContact(who, organisationA, contactA.id)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(
      removeKeyContact(adminOf(organisationB), organisationB, contactA.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeKeyContact(lead(), organisationA, "nope")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await contactsOf(organisationA)).toEqual([contactA]);
    expect(await contactEventCount()).toBe(events);
  });
});

describe("reading one key contact to change it", () => {
  it("gives it to those who may change it and refuses members", async () => {
    await expect(getKeyContact(lead(), organisationA, contactA.id)).resolves.toMatchObject({
      id: contactA.id,
      organisation: { id: organisationA },
    });
    await expect(
      getKeyContact(memberOf(organisationA), organisationA, contactA.id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
