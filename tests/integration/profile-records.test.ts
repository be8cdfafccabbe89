import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { addKeyContact } from "@/lib/organisations/add-key-contact";
import { addSystemInUse } from "@/lib/organisations/add-system-in-use";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";
import { getKeyContact } from "@/lib/organisations/get-key-contact";
import { getSystemInUse } from "@/lib/organisations/get-system-in-use";
import { listSystemSuggestions } from "@/lib/organisations/list-system-suggestions";
import { removeKeyContact } from "@/lib/organisations/remove-key-contact";
import { removeSystemInUse } from "@/lib/organisations/remove-system-in-use";
import { updateKeyContact } from "@/lib/organisations/update-key-contact";
import { updateSystemInUse } from "@/lib/organisations/update-system-in-use";

import { actor, adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation } from "../support/factories";
import { createKeyContact, createSystemInUse } from "../support/organisation-record-factories";

type Input = Record<string, unknown>;
type Prisma = Awaited<ReturnType<typeof getPrisma>>;

/** What differs between the kinds of record on an organisation's profile, for the same tests. */
interface RecordKindCase {
  kind: string;
  auditName: "contact" | "system";
  entityType: string;
  /** Organisation A's record, as the tests find it before any change. */
  seedA: (prisma: Prisma, organisationId: string) => Promise<{ id: string }>;
  seedB: (prisma: Prisma, organisationId: string) => Promise<{ id: string }>;
  /** The recorded fields of A's seeded record, as its audit's "before" holds them. */
  seededA: Input;
  input: (overrides?: Input) => Input;
  /** What `input()` is stored as, tidied. */
  tidied: Input;
  /** Optional fields left blank, and how they are stored. */
  blank: { input: Input; stored: Input };
  /** One field per invalid value, and the fields the refusal names. */
  bad: { input: Input; fields: string[] };
  /** A change of one field, by field name and value. */
  change: (value: string) => Input;
  changedField: string;
  recordsOf: (organisationId: string) => Promise<object[]>;
  add: (
    who: Actor,
    organisationId: string,
    input: Input,
    context?: AuditContext,
  ) => Promise<{ id: string }>;
  update: (who: Actor, organisationId: string, id: string, input: Input) => Promise<void>;
  remove: (who: Actor, organisationId: string, id: string, context?: AuditContext) => Promise<void>;
  get: (who: Actor, organisationId: string, id: string) => Promise<object | null>;
}

const keyContactCase: RecordKindCase = {
  kind: "key contact",
  auditName: "contact",
  entityType: "KeyContact",
  seedA: (prisma, organisationId) =>
    createKeyContact(prisma, organisationId, {
      name: "Owen Price",
      role: "IG lead",
      email: "owen.price@a.example",
    }),
  seedB: (prisma, organisationId) => createKeyContact(prisma, organisationId),
  seededA: { name: "Owen Price", role: "IG lead", email: "owen.price@a.example", phone: null },
  input: (overrides = {}) => ({
    name: "  Nia   Roberts ",
    role: "Caldicott guardian",
    email: " nia.roberts@brookfield.example ",
    phone: "+44 (0)1632 960 123",
    ...overrides,
  }),
  tidied: {
    name: "Nia Roberts",
    role: "Caldicott guardian",
    email: "nia.roberts@brookfield.example",
    phone: "+44 (0)1632 960 123",
  },
  blank: { input: { email: "", phone: " " }, stored: { email: null, phone: null } },
  bad: {
    input: { name: "", role: "r".repeat(121), email: "nia@", phone: "call reception" },
    fields: ["email", "name", "phone", "role"],
  },
  change: (value) => ({ role: value }),
  changedField: "role",
  recordsOf: async (organisationId) =>
    (await getPrisma()).keyContact.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  add: addKeyContact,
  update: updateKeyContact,
  remove: removeKeyContact,
  get: getKeyContact,
};

const systemInUseCase: RecordKindCase = {
  kind: "system in use",
  auditName: "system",
  entityType: "SystemInUse",
  seedA: (prisma, organisationId) =>
    createSystemInUse(prisma, organisationId, {
      category: "CARE_HOME_RECORD",
      supplier: "Carenote Digital",
      product: "Carenote",
    }),
  seedB: (prisma, organisationId) => createSystemInUse(prisma, organisationId),
  seededA: {
    category: "CARE_HOME_RECORD",
    supplier: "Carenote Digital",
    product: "Carenote",
    notes: null,
  },
  input: (overrides = {}) => ({
    category: "CARE_HOME_RECORD",
    supplier: "  Tendly   Ltd ",
    product: "Tendly Care",
    notes: "  Live on both floors ",
    ...overrides,
  }),
  tidied: {
    category: "CARE_HOME_RECORD",
    supplier: "Tendly Ltd",
    product: "Tendly Care",
    notes: "Live on both floors",
  },
  blank: { input: { notes: "  " }, stored: { notes: null } },
  bad: {
    input: {
      category: "MAINFRAME",
      supplier: "   ",
      product: "x".repeat(101),
      notes: "n".repeat(501),
    },
    fields: ["category", "notes", "product", "supplier"],
  },
  change: (value) => ({ product: value }),
  changedField: "product",
  recordsOf: async (organisationId) =>
    (await getPrisma()).systemInUse.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  add: addSystemInUse,
  update: updateSystemInUse,
  remove: removeSystemInUse,
  get: getSystemInUse,
};

describe.each([keyContactCase, systemInUseCase])("a $kind on a profile", (kind) => {
  let organisationA: string;
  let organisationB: string;
  let recordA: object & { id: string };
  let recordB: object & { id: string };

  const eventsFor = async (entityId: string) =>
    (await getPrisma()).auditEvent.findMany({
      where: { entityId, action: { startsWith: `${kind.auditName}.` } },
      orderBy: { occurredAt: "asc" },
    });
  const eventCount = async () =>
    (await getPrisma()).auditEvent.count({
      where: { action: { startsWith: `${kind.auditName}.` } },
    });

  beforeEach(async () => {
    const prisma = await getPrisma();
    organisationA = (await createOrganisation(prisma, { type: "CARE_HOME" })).id;
    organisationB = (await createOrganisation(prisma, { type: "CARE_HOME" })).id;
    recordA = await kind.seedA(prisma, organisationA);
    recordB = await kind.seedB(prisma, organisationB);
  });

  describe("adding one", () => {
    it.each([
      ["its organisation admin", () => adminOf(organisationA)],
      ["a programme lead", () => lead()],
      ["a platform admin", () => platformAdmin()],
    ])("lets %s add one, tidied and audited with the actor", async (_who, who) => {
      const person = who();
      const { id } = await kind.add(person, organisationA, kind.input(), { requestId: "r-add" });

      const added = (await kind.recordsOf(organisationA)).find(
        (record) => (record as { id: string }).id === id,
      );
      expect(added).toMatchObject({ organisationId: organisationA, ...kind.tidied });
      const [event] = await eventsFor(id);
      expect(event).toMatchObject({
        action: `${kind.auditName}.added`,
        actorId: person.userId,
        actingOrganisationId: organisationA,
        entityType: kind.entityType,
        requestId: "r-add",
        before: null,
        after: kind.tidied,
      });
    });

    it("records one with its optional fields left blank", async () => {
      const { id } = await kind.add(lead(), organisationA, kind.input(kind.blank.input));
      const added = (await kind.recordsOf(organisationA)).find(
        (record) => (record as { id: string }).id === id,
      );
      expect(added).toMatchObject(kind.blank.stored);
    });

    it("refuses members, admins of other organisations and people with none, adding nothing", async () => {
      const events = await eventCount();
      for (const who of [memberOf(organisationA), adminOf(organisationB), actor()]) {
        await expect(kind.add(who, organisationA, kind.input())).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
      }
      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
      expect(await eventCount()).toBe(events);
    });

    it("refuses bad input with a message for each field, adding nothing", async () => {
      const events = await eventCount();
      const error = await kind
        .add(adminOf(organisationA), organisationA, kind.input(kind.bad.input))
        .catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual(
        kind.bad.fields,
      );
      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
      expect(await eventCount()).toBe(events);
    });

    it("answers not found for an unknown, malformed or archived organisation", async () => {
      await setOrganisationArchived(lead(), organisationB, true);
      for (const organisationId of [
        "00000000-0000-4000-8000-000000000000",
        "nope",
        organisationB,
      ]) {
        await expect(kind.add(lead(), organisationId, kind.input())).rejects.toMatchObject({
          code: "NOT_FOUND",
        });
      }
      expect(await kind.recordsOf(organisationB)).toEqual([recordB]);
    });

    it("adds nothing when its audit record cannot be written", async () => {
      await expect(
        kind.add(lead(), organisationA, kind.input(), { actingOrganisationId: "not-a-uuid" }),
      ).rejects.toThrow();
      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
    });
  });

  describe("changing one", () => {
    it("lets its organisation admin change it, audited with before and after", async () => {
      const admin = adminOf(organisationA);
      await kind.update(admin, organisationA, recordA.id, kind.input(kind.blank.input));

      const expected = { ...kind.tidied, ...kind.blank.stored };
      expect(await kind.recordsOf(organisationA)).toEqual([expect.objectContaining(expected)]);
      const [event] = await eventsFor(recordA.id);
      expect(event).toMatchObject({
        action: `${kind.auditName}.updated`,
        actorId: admin.userId,
        actingOrganisationId: organisationA,
        before: kind.seededA,
        after: expected,
      });
    });

    it("lets programme leads and platform admins change any organisation's", async () => {
      await kind.update(lead(), organisationA, recordA.id, kind.input(kind.change("By a lead")));
      await kind.update(
        platformAdmin(),
        organisationB,
        recordB.id,
        kind.input(kind.change("By an admin")),
      );
      expect(await kind.recordsOf(organisationA)).toEqual([
        expect.objectContaining({ [kind.changedField]: "By a lead" }),
      ]);
      expect(await kind.recordsOf(organisationB)).toEqual([
        expect.objectContaining({ [kind.changedField]: "By an admin" }),
      ]);
    });

    it("refuses members and admins of another organisation, changing nothing", async () => {
      const events = await eventCount();
      for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
        await expect(
          kind.update(who, organisationA, recordA.id, kind.input()),
        ).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
      expect(await eventCount()).toBe(events);
    });

    it("never reaches another organisation's record through one's own", async () => {
      const events = await eventCount();
      // B's admin names A's record under B, where they are an admin.
      await expect(
        kind.update(adminOf(organisationB), organisationB, recordA.id, kind.input()),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      // Even a lead must name the record's own organisation.
      await expect(
        kind.update(lead(), organisationB, recordA.id, kind.input()),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(kind.get(adminOf(organisationB), organisationB, recordA.id)).resolves.toBeNull();

      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
      expect(await eventCount()).toBe(events);
    });

    it("refuses bad input and malformed ids, changing nothing", async () => {
      await expect(
        kind.update(lead(), organisationA, recordA.id, kind.input(kind.bad.input)),
      ).rejects.toBeInstanceOf(ZodError);
      await expect(
        kind.update(lead(), organisationA, "not-an-id", kind.input()),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
    });
  });

  describe("removing one", () => {
    it("lets its organisation admin remove it, the audit keeping what it was", async () => {
      const admin = adminOf(organisationA);
      await kind.remove(admin, organisationA, recordA.id, { requestId: "r-remove" });

      expect(await kind.recordsOf(organisationA)).toEqual([]);
      const [event] = await eventsFor(recordA.id);
      expect(event).toMatchObject({
        action: `${kind.auditName}.removed`,
        actorId: admin.userId,
        actingOrganisationId: organisationA,
        requestId: "r-remove",
        before: kind.seededA,
        after: null,
      });
    });

    it.each([
      ["a programme lead", () => lead()],
      ["a platform admin", () => platformAdmin()],
    ])("lets %s remove any organisation's", async (_who, who) => {
      await kind.remove(who(), organisationB, recordB.id);
      expect(await kind.recordsOf(organisationB)).toEqual([]);
    });

    it("refuses members and other organisations' admins, by either address, removing nothing", async () => {
      const events = await eventCount();
      for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
        await expect(kind.remove(who, organisationA, recordA.id)).rejects.toMatchObject({
          code: "FORBIDDEN",
        });
      }
      await expect(
        kind.remove(adminOf(organisationB), organisationB, recordA.id),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(kind.remove(lead(), organisationA, "nope")).rejects.toMatchObject({
        code: "NOT_FOUND",
      });

      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
      expect(await eventCount()).toBe(events);
    });

    it("keeps the records of an archived organisation as they were", async () => {
      await setOrganisationArchived(lead(), organisationA, true);
      await expect(kind.remove(lead(), organisationA, recordA.id)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await kind.recordsOf(organisationA)).toEqual([recordA]);
    });
  });

  describe("reading one to change it", () => {
    it("gives it, with its organisation, to those who may change it", async () => {
      for (const who of [lead(), adminOf(organisationA)]) {
        await expect(kind.get(who, organisationA, recordA.id)).resolves.toMatchObject({
          id: recordA.id,
          ...kind.seededA,
          organisation: { id: organisationA },
        });
      }
    });

    it("refuses members, and finds nothing for a malformed id", async () => {
      await expect(
        kind.get(memberOf(organisationA), organisationA, recordA.id),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(kind.get(lead(), organisationA, "nope")).resolves.toBeNull();
    });
  });
});

describe("suggestions for systems in use", () => {
  it("offers each supplier and product once", async () => {
    const prisma = await getPrisma();
    const organisation = (await createOrganisation(prisma, { type: "CARE_HOME" })).id;
    for (let copy = 0; copy < 2; copy += 1) {
      await createSystemInUse(prisma, organisation, {
        supplier: "Carenote Digital",
        product: "Carenote",
      });
    }

    const { suppliers, products } = await listSystemSuggestions(prisma);
    expect(suppliers.filter((supplier) => supplier === "Carenote Digital")).toHaveLength(1);
    expect(products.filter((product) => product === "Carenote")).toHaveLength(1);
  });
});
