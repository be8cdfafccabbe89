import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { getPrisma } from "@/lib/db/client";
import { createOrganisation } from "@/lib/organisations/create-organisation";

import { actor, adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import {
  createOrganisation as createOrganisationRecord,
  createPlace,
  createUser,
} from "../support/factories";
import { asActor } from "../support/people-factories";

let placeId: string;
let organisationA: string;
let organisationB: string;

const details = (overrides: Record<string, unknown> = {}) => ({
  name: "  Brookfield Lodge  ",
  odsCode: "zzt77",
  type: "CARE_HOME",
  placeId,
  engagementCurrent: "NEUTRAL",
  address: "2 Mill Lane, Northmoor",
  postcode: "nm1 4ab",
  website: "https://brookfield.example",
  sizeBand: "FROM_10_TO_49",
  ...overrides,
});

const organisationCount = async () => (await getPrisma()).organisation.count();
// The audit trail is append-only and shared by the file's tests, so tests compare counts.
const createdEventCount = async () =>
  (await getPrisma()).auditEvent.count({ where: { action: "organisation.created" } });

beforeEach(async () => {
  const prisma = await getPrisma();
  placeId = (await createPlace(prisma)).id;
  organisationA = (await createOrganisationRecord(prisma, { placeId })).id;
  organisationB = (await createOrganisationRecord(prisma, { placeId })).id;
});

describe("adding an organisation", () => {
  it("lets a programme lead add one, audited in the same transaction with what was recorded", async () => {
    const who = asActor(await createUser(await getPrisma(), { role: "PROGRAMME_LEAD" }));
    const { id } = await createOrganisation(who, details(), { requestId: "req-create-1" });

    const prisma = await getPrisma();
    const created = await prisma.organisation.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({
      name: "Brookfield Lodge",
      odsCode: "ZZT77",
      type: "CARE_HOME",
      placeId,
      engagementCurrent: "NEUTRAL",
      postcode: "NM1 4AB",
      sizeBand: "FROM_10_TO_49",
      archivedAt: null,
    });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { requestId: "req-create-1" },
    });
    expect(event).toMatchObject({
      action: "organisation.created",
      actorId: who.userId,
      actorEmail: who.email,
      entityType: "Organisation",
      entityId: id,
      actingOrganisationId: id,
      before: null,
    });
    expect(event.after).toMatchObject({ name: "Brookfield Lodge", odsCode: "ZZT77", placeId });
    expect(
      await prisma.engagementChange.findMany({
        where: { organisationId: id },
        select: { fromCurrent: true, toCurrent: true, changedById: true },
      }),
    ).toEqual([{ fromCurrent: null, toCurrent: "NEUTRAL", changedById: who.userId }]);
  });

  it("lets a platform admin add one, with no ODS code", async () => {
    const { id } = await createOrganisation(
      platformAdmin(),
      details({ odsCode: "", engagementCurrent: undefined }),
    );

    const created = await (await getPrisma()).organisation.findUniqueOrThrow({ where: { id } });
    expect(created.odsCode).toBeNull();
    // Not given, the engagement starts at the bottom of the scale, with no history yet.
    expect(created.engagementCurrent).toBe("UNAWARE");
    expect(
      await (await getPrisma()).engagementChange.count({ where: { organisationId: id } }),
    ).toBe(0);
  });

  it("refuses members and organisation admins, whichever organisation, adding nothing", async () => {
    const before = await organisationCount();
    const events = await createdEventCount();
    for (const who of [
      memberOf(organisationA),
      adminOf(organisationA),
      adminOf(organisationB),
      actor(),
    ]) {
      await expect(createOrganisation(who, details())).rejects.toMatchObject({
        code: "FORBIDDEN",
        status: 403,
      });
    }
    expect(await organisationCount()).toBe(before);
    expect(await createdEventCount()).toBe(events);
  });

  it("refuses bad input with a message for each field, adding nothing", async () => {
    const before = await organisationCount();
    const events = await createdEventCount();

    const error = await createOrganisation(
      lead(),
      details({ name: " ", odsCode: "no way!", type: "", placeId: "", postcode: "nowhere" }),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ZodError);
    const fields = (error as ZodError).issues.map((issue) => issue.path[0]).sort();
    expect(fields).toEqual(["name", "odsCode", "placeId", "postcode", "type"]);
    expect(await organisationCount()).toBe(before);
    expect(await createdEventCount()).toBe(events);
  });

  it("refuses a place that does not exist as a field error, adding nothing", async () => {
    const before = await organisationCount();
    const events = await createdEventCount();

    await expect(
      createOrganisation(lead(), details({ placeId: "00000000-0000-4000-8000-000000000000" })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { placeId: ["Select a place"] } });

    expect(await organisationCount()).toBe(before);
    expect(await createdEventCount()).toBe(events);
  });

  it("refuses an ODS code another organisation has, whatever its case, adding nothing", async () => {
    const prisma = await getPrisma();
    const existing = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationA } });
    const before = await organisationCount();
    const events = await createdEventCount();

    await expect(
      createOrganisation(lead(), details({ odsCode: existing.odsCode!.toLowerCase() })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { odsCode: ["Another organisation has that ODS code"] },
    });

    expect(await organisationCount()).toBe(before);
    expect(await createdEventCount()).toBe(events);
  });

  it("adds nothing when its audit record cannot be written", async () => {
    const before = await organisationCount();
    const events = await createdEventCount();

    // An acting organisation that is not a UUID makes the audit insert fail inside the transaction.
    await expect(
      createOrganisation(lead(), details(), { actingOrganisationId: "not-a-uuid" }),
    ).rejects.toThrow();

    expect(await organisationCount()).toBe(before);
    expect(await createdEventCount()).toBe(events);
  });
});
