import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { getPrisma } from "@/lib/db/client";
import { addSystemInUse } from "@/lib/organisations/add-system-in-use";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";
import { getSystemInUse } from "@/lib/organisations/get-system-in-use";
import { listSystemSuggestions } from "@/lib/organisations/list-system-suggestions";
import { removeSystemInUse } from "@/lib/organisations/remove-system-in-use";
import { updateSystemInUse } from "@/lib/organisations/update-system-in-use";

import { actor, adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation } from "../support/factories";
import { createSystemInUse } from "../support/organisation-record-factories";

let organisationA: string;
let organisationB: string;
let systemA: Awaited<ReturnType<typeof createSystemInUse>>;
let systemB: Awaited<ReturnType<typeof createSystemInUse>>;

const input = (overrides: Record<string, unknown> = {}) => ({
  category: "CARE_HOME_RECORD",
  supplier: "  Tendly   Ltd ",
  product: "Tendly Care",
  notes: "  Live on both floors ",
  ...overrides,
});

const systemsOf = async (organisationId: string) =>
  (await getPrisma()).systemInUse.findMany({ where: { organisationId }, orderBy: { id: "asc" } });
const eventsFor = async (entityId: string) =>
  (await getPrisma()).auditEvent.findMany({
    where: { entityId, action: { startsWith: "system." } },
    orderBy: { occurredAt: "asc" },
  });
const systemEventCount = async () =>
  (await getPrisma()).auditEvent.count({ where: { action: { startsWith: "system." } } });

beforeEach(async () => {
  const prisma = await getPrisma();
  organisationA = (await createOrganisation(prisma, { type: "CARE_HOME" })).id;
  organisationB = (await createOrganisation(prisma, { type: "CARE_HOME" })).id;
  systemA = await createSystemInUse(prisma, organisationA, {
    category: "CARE_HOME_RECORD",
    supplier: "Carenote Digital",
    product: "Carenote",
  });
  systemB = await createSystemInUse(prisma, organisationB);
});

describe("adding a system", () => {
  it.each([
    ["its organisation admin", () => adminOf(organisationA)],
    ["a programme lead", () => lead()],
    ["a platform admin", () => platformAdmin()],
  ])("lets %s add one, tidied and audited with the actor", async (_who, who) => {
    const person = who();
    const { id } = await addSystemInUse(person, organisationA, input(), { requestId: "r-add" });

    const added = await (await getPrisma()).systemInUse.findUniqueOrThrow({ where: { id } });
    expect(added).toMatchObject({
      organisationId: organisationA,
      category: "CARE_HOME_RECORD",
      supplier: "Tendly Ltd",
      product: "Tendly Care",
      notes: "Live on both floors",
    });
    const [event] = await eventsFor(id);
    expect(event).toMatchObject({
      action: "system.added",
      actorId: person.userId,
      actingOrganisationId: organisationA,
      entityType: "SystemInUse",
      requestId: "r-add",
      before: null,
      after: {
        category: "CARE_HOME_RECORD",
        supplier: "Tendly Ltd",
        product: "Tendly Care",
        notes: "Live on both floors",
      },
    });
  });

  it("refuses members, admins of other organisations and people with none, adding nothing", async () => {
    const before = await systemsOf(organisationA);
    const events = await systemEventCount();
    for (const who of [memberOf(organisationA), adminOf(organisationB), actor()]) {
      await expect(addSystemInUse(who, organisationA, input())).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await systemsOf(organisationA)).toEqual(before);
    expect(await systemEventCount()).toBe(events);
  });

  it("refuses bad input with a message for each field, adding nothing", async () => {
    const before = await systemsOf(organisationA);
    const events = await systemEventCount();

    const error = await addSystemInUse(
      adminOf(organisationA),
      organisationA,
      input({
        category: "MAINFRAME",
        supplier: "   ",
        product: "x".repeat(101),
        notes: "n".repeat(501),
      }),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual([
      "category",
      "notes",
      "product",
      "supplier",
    ]);
    expect(await systemsOf(organisationA)).toEqual(before);
    expect(await systemEventCount()).toBe(events);
  });

  it("answers not found for an unknown, malformed or archived organisation", async () => {
    await setOrganisationArchived(lead(), organisationB, true);
    for (const organisationId of ["00000000-0000-4000-8000-000000000000", "nope", organisationB]) {
      await expect(addSystemInUse(lead(), organisationId, input())).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await systemsOf(organisationB)).toEqual([systemB]);
  });

  it("adds nothing when its audit record cannot be written", async () => {
    const before = await systemsOf(organisationA);

    await expect(
      addSystemInUse(lead(), organisationA, input(), { actingOrganisationId: "not-a-uuid" }),
    ).rejects.toThrow();

    expect(await systemsOf(organisationA)).toEqual(before);
  });
});

describe("changing a system", () => {
  it("lets its organisation admin change it, audited with before and after", async () => {
    const admin = adminOf(organisationA);
    await updateSystemInUse(admin, organisationA, systemA.id, input({ notes: "" }));

    const changed = await (
      await getPrisma()
    ).systemInUse.findUniqueOrThrow({ where: { id: systemA.id } });
    expect(changed).toMatchObject({ supplier: "Tendly Ltd", product: "Tendly Care", notes: null });
    const [event] = await eventsFor(systemA.id);
    expect(event).toMatchObject({
      action: "system.updated",
      actorId: admin.userId,
      actingOrganisationId: organisationA,
      before: {
        category: "CARE_HOME_RECORD",
        supplier: "Carenote Digital",
        product: "Carenote",
        notes: null,
      },
      after: {
        category: "CARE_HOME_RECORD",
        supplier: "Tendly Ltd",
        product: "Tendly Care",
        notes: null,
      },
    });
  });

  it("lets programme leads and platform admins change any organisation's system", async () => {
    await updateSystemInUse(lead(), organisationA, systemA.id, input({ product: "By a lead" }));
    await updateSystemInUse(
      platformAdmin(),
      organisationB,
      systemB.id,
      input({ product: "By an admin" }),
    );

    expect((await systemsOf(organisationA))[0]!.product).toBe("By a lead");
    expect((await systemsOf(organisationB))[0]!.product).toBe("By an admin");
  });

  it("refuses members and admins of another organisation, changing nothing", async () => {
    const events = await systemEventCount();
    for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
      await expect(
        updateSystemInUse(who, organisationA, systemA.id, input()),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await systemsOf(organisationA)).toEqual([systemA]);
    expect(await systemEventCount()).toBe(events);
  });

  it("never reaches another organisation's system through one's own", async () => {
    const events = await systemEventCount();
    // Organisation B's admin names A's system under B, where they are an admin.
    await expect(
      updateSystemInUse(adminOf(organisationB), organisationB, systemA.id, input()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Even a lead must name the system's own organisation.
    await expect(
      updateSystemInUse(lead(), organisationB, systemA.id, input()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      getSystemInUse(adminOf(organisationB), organisationB, systemA.id),
    ).resolves.toBeNull();

    expect(await systemsOf(organisationA)).toEqual([systemA]);
    expect(await systemEventCount()).toBe(events);
  });

  it("refuses bad input and malformed ids, changing nothing", async () => {
    await expect(
      updateSystemInUse(lead(), organisationA, systemA.id, input({ supplier: "" })),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      updateSystemInUse(lead(), organisationA, "not-an-id", input()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await systemsOf(organisationA)).toEqual([systemA]);
  });
});

describe("removing a system", () => {
  it("lets its organisation admin remove it, the audit keeping what it was", async () => {
    const admin = adminOf(organisationA);
    await removeSystemInUse(admin, organisationA, systemA.id, { requestId: "r-remove" });

    expect(await systemsOf(organisationA)).toEqual([]);
    const [event] = await eventsFor(systemA.id);
    expect(event).toMatchObject({
      action: "system.removed",
      actorId: admin.userId,
      actingOrganisationId: organisationA,
      requestId: "r-remove",
      before: { supplier: "Carenote Digital", product: "Carenote" },
      after: null,
    });
  });

  it("lets a programme lead remove any organisation's system", async () => {
    await removeSystemInUse(lead(), organisationB, systemB.id);
    expect(await systemsOf(organisationB)).toEqual([]);
  });

  it("refuses members and other organisations' admins, by either address, removing nothing", async () => {
    const events = await systemEventCount();
    for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
      await expect(removeSystemInUse(who, organisationA, systemA.id)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect(
      removeSystemInUse(adminOf(organisationB), organisationB, systemA.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await systemsOf(organisationA)).toEqual([systemA]);
    expect(await systemEventCount()).toBe(events);
  });

  it("keeps the systems of an archived organisation as they were", async () => {
    await setOrganisationArchived(lead(), organisationA, true);
    await expect(removeSystemInUse(lead(), organisationA, systemA.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await systemsOf(organisationA)).toEqual([systemA]);
  });
});

describe("reading one system to change it", () => {
  it("gives it, with its organisation, to those who may change it", async () => {
    const system = await getSystemInUse(adminOf(organisationA), organisationA, systemA.id);
    expect(system).toMatchObject({ id: systemA.id, product: "Carenote" });
    expect(system?.organisation.id).toBe(organisationA);
  });

  it("refuses members", async () => {
    await expect(
      getSystemInUse(memberOf(organisationA), organisationA, systemA.id),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("suggestions", () => {
  it("offers each supplier and product once", async () => {
    const prisma = await getPrisma();
    await createSystemInUse(prisma, organisationB, {
      supplier: "Carenote Digital",
      product: "Carenote",
    });

    const { suppliers, products } = await listSystemSuggestions();
    expect(suppliers.filter((supplier) => supplier === "Carenote Digital")).toHaveLength(1);
    expect(products.filter((product) => product === "Carenote")).toHaveLength(1);
  });
});
