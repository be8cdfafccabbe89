import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { nameAuditRecords, nameKey } from "@/lib/audit/name-audit-records";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { getPrisma } from "@/lib/db/client";

import { adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation, createUser } from "../support/factories";
import { createFramework, createRound } from "../support/maturity-factories";

// The audit trail names the people, organisations and records it mentions, looked up per page.

describe("naming what the audit trail mentions", () => {
  it("names people, the organisations they acted for and each kind of record, with their pages", async () => {
    const prisma = await getPrisma();
    const run = randomUUID().slice(0, 8);
    const organisation = await createOrganisation(prisma, { name: `Hazel House ${run}` });
    const person = await createUser(prisma, { name: `Ada Audit ${run}` });
    const pathway = await prisma.pathway.create({
      data: { name: `Discharge ${run}`, population: "Adults", purpose: "Safe discharge" },
    });
    const framework = await createFramework(prisma, { dimensions: 1, questions: 1 });
    const round = await createRound(prisma, {
      versionId: framework.versionId,
      organisationIds: [organisation.id],
      name: `Round ${run}`,
    });
    const assessmentId = round.assessments[0]!.id;
    const gone = randomUUID();
    const action = `t${run.replace(/[^a-z]/g, "x")}.named`;
    const rows = [
      { entityType: "Organisation", entityId: organisation.id },
      { entityType: "User", entityId: person.id },
      { entityType: "Pathway", entityId: pathway.id },
      { entityType: "AssessmentRound", entityId: round.id },
      { entityType: "Assessment", entityId: assessmentId },
      { entityType: "Pathway", entityId: gone },
      { entityType: "Unheard", entityId: randomUUID() },
      { entityType: "Organisation", entityId: "not-a-uuid" },
    ];
    for (const row of rows) {
      await prisma.auditEvent.create({
        data: {
          action,
          actorId: person.id,
          actorEmail: person.email,
          actingOrganisationId: organisation.id,
          ...row,
        },
      });
    }
    const trail = await listAuditEvents(lead(), auditQuerySchema.parse({ action }));
    expect(trail.events).toHaveLength(rows.length);

    const names = await nameAuditRecords(lead(), trail.events);
    expect(names.get(nameKey("User", person.id))).toEqual({
      name: `${person.name} (${person.email})`,
      href: `/people/${person.id}`,
    });
    expect(names.get(nameKey("Organisation", organisation.id))).toEqual({
      name: organisation.name,
      href: `/organisations/${organisation.id}`,
    });
    expect(names.get(nameKey("Pathway", pathway.id))).toEqual({
      name: pathway.name,
      href: `/pathways/${pathway.id}`,
    });
    expect(names.get(nameKey("AssessmentRound", round.id))).toEqual({
      name: `Round ${run}`,
      href: `/maturity/rounds/${round.id}`,
    });
    expect(names.get(nameKey("Assessment", assessmentId))).toEqual({
      name: `Round ${run}: ${organisation.name}`,
      href: `/maturity/assessments/${assessmentId}`,
    });
    // Removed records, unknown kinds and malformed ids are simply not named.
    expect(names.has(nameKey("Pathway", gone))).toBe(false);
    expect(names.size).toBe(5);
  });

  it("is for programme leads and platform admins only, like the trail", async () => {
    const organisationId = (await createOrganisation(await getPrisma())).id;
    await expect(nameAuditRecords(platformAdmin(), [])).resolves.toEqual(new Map());
    for (const someone of [adminOf(organisationId), memberOf(organisationId)]) {
      await expect(nameAuditRecords(someone, [])).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
