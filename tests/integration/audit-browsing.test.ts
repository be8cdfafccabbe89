import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { getPrisma } from "@/lib/db/client";

import { adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation } from "../support/factories";

// One trail for the whole file, with its own actions so that other records never match.
const run = randomUUID().slice(0, 8);
const domain = `t${run.replace(/[^a-z]/g, "x")}`;
const actorEmail = `auditor-${run}@example.org`;
let alder: { id: string; name: string };
let birch: { id: string; name: string };
let goneOrganisationId: string;
const entityId = randomUUID();

const query = (filters: Record<string, unknown> = {}) => auditQuerySchema.parse(filters);

beforeAll(async () => {
  const prisma = await getPrisma();
  alder = await createOrganisation(prisma, { name: `Alder ${run}` });
  birch = await createOrganisation(prisma, { name: `Birch ${run}` });
  goneOrganisationId = randomUUID();
  const rows = [
    { at: "2026-03-01T09:00:00.000Z", action: `${domain}.sign_in`, actorEmail, org: null },
    {
      at: "2026-03-02T10:00:00.000Z",
      action: `${domain}.sign_in`,
      actorEmail: "x@example.org",
      org: alder.id,
    },
    { at: "2026-03-02T23:59:59.999Z", action: `${domain}.updated`, actorEmail, org: birch.id },
    {
      at: "2026-03-03T00:00:00.000Z",
      action: `${domain}.updated`,
      actorEmail,
      org: goneOrganisationId,
    },
    { at: "2026-03-04T12:00:00.000Z", action: `other${domain}.sign_in`, actorEmail, org: alder.id },
  ];
  await prisma.auditEvent.createMany({
    data: rows.map((row, index) => ({
      occurredAt: new Date(row.at),
      action: row.action,
      actorEmail: row.actorEmail,
      actingOrganisationId: row.org,
      entityType: index === 2 ? "Organisation" : "User",
      entityId: index === 2 ? birch.id : entityId,
      ...(index === 2 ? { before: { name: "Old" }, after: { name: "New" } } : {}),
      requestId: `req-${run}-${index}`,
      ipAddress: "10.3.2.1",
    })),
  });
});

const actionsOf = async (filters: Record<string, unknown>) =>
  (await listAuditEvents(lead(), query(filters))).events.map((event) => event.requestId);

describe("browsing the audit trail", () => {
  it("is for programme leads and platform admins only", async () => {
    const orgA = randomUUID();
    for (const who of [memberOf(orgA), adminOf(orgA)]) {
      await expect(listAuditEvents(who, query())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAuditFilterOptions(who)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listAuditEvents(lead(), query())).resolves.toBeDefined();
    await expect(listAuditEvents(platformAdmin(), query())).resolves.toBeDefined();
  });

  it("filters by a whole area of actions, newest first", async () => {
    expect(await actionsOf({ action: `${domain}.` })).toEqual([
      `req-${run}-3`,
      `req-${run}-2`,
      `req-${run}-1`,
      `req-${run}-0`,
    ]);
  });

  it("filters by one action, and by who did it", async () => {
    expect(await actionsOf({ action: `${domain}.sign_in` })).toEqual([
      `req-${run}-1`,
      `req-${run}-0`,
    ]);
    expect(await actionsOf({ action: `${domain}.`, actor: actorEmail.toUpperCase() })).toEqual([
      `req-${run}-3`,
      `req-${run}-2`,
      `req-${run}-0`,
    ]);
  });

  it("filters by the organisation acted for, and by record", async () => {
    expect(await actionsOf({ organisation: alder.id })).toEqual([`req-${run}-4`, `req-${run}-1`]);
    expect(await actionsOf({ entityType: "Organisation", entityId: birch.id })).toEqual([
      `req-${run}-2`,
    ]);
    expect(await actionsOf({ entityType: "User", entityId })).toHaveLength(4);
  });

  it("takes whole UTC days, both ends included", async () => {
    expect(await actionsOf({ action: `${domain}.`, from: "2026-03-02", to: "2026-03-02" })).toEqual(
      [`req-${run}-2`, `req-${run}-1`],
    );
    expect(await actionsOf({ action: `${domain}.`, from: "2026-03-03" })).toEqual([`req-${run}-3`]);
    expect(await actionsOf({ action: `${domain}.`, to: "2026-03-01" })).toEqual([`req-${run}-0`]);
  });

  it("names the organisation acted for, or gives the id of one that has gone", async () => {
    const { events } = await listAuditEvents(lead(), query({ action: `${domain}.` }));
    expect(events.map((event) => event.actingOrganisation)).toEqual([
      { id: goneOrganisationId, name: null },
      { id: birch.id, name: birch.name },
      { id: alder.id, name: alder.name },
      null,
    ]);
    expect(events[1]).toMatchObject({
      before: { name: "Old" },
      after: { name: "New" },
      ipAddress: "10.3.2.1",
      occurredAt: new Date("2026-03-02T23:59:59.999Z"),
    });
  });

  it("pages, counting every match", async () => {
    const first = await listAuditEvents(lead(), query({ action: `${domain}.` }), { pageSize: 3 });
    const second = await listAuditEvents(lead(), query({ action: `${domain}.`, page: 2 }), {
      pageSize: 3,
    });
    expect(first).toMatchObject({ total: 4, page: 1, pageCount: 2 });
    expect(first.events).toHaveLength(3);
    expect(second.events.map((event) => event.requestId)).toEqual([`req-${run}-0`]);
    // A page past the end shows the last one.
    const beyond = await listAuditEvents(lead(), query({ action: `${domain}.`, page: 99 }), {
      pageSize: 3,
    });
    expect(beyond.page).toBe(2);
  });

  it("offers every distinct action, area and kind of record as filters", async () => {
    const options = await listAuditFilterOptions(lead());
    expect(options.actions).toEqual(
      expect.arrayContaining([`${domain}.sign_in`, `${domain}.updated`, `other${domain}.sign_in`]),
    );
    expect(options.actions.filter((action) => action === `${domain}.sign_in`)).toHaveLength(1);
    expect(options.domains).toEqual(expect.arrayContaining([`${domain}.`, `other${domain}.`]));
    expect(options.entityTypes).toEqual(expect.arrayContaining(["Organisation", "User"]));
    expect(options.organisations).toEqual(
      expect.arrayContaining([{ id: alder.id, name: alder.name }]),
    );
  });
});
