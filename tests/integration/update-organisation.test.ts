import { beforeEach, describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { updateOrganisationDetails } from "@/lib/organisations/update-organisation";

import { adminOf, lead, memberOf } from "../support/actors";
import { createOrganisation, createPlace } from "../support/factories";

let organisation: Awaited<ReturnType<typeof createOrganisation>>;
let other: Awaited<ReturnType<typeof createOrganisation>>;

const details = (overrides: Record<string, unknown> = {}) => ({
  name: organisation.name,
  odsCode: organisation.odsCode,
  type: organisation.type,
  placeId: organisation.placeId,
  address: "1 High Street, Northmoor",
  postcode: "ls1 4ap",
  website: "https://larchwood.example",
  sizeBand: "FROM_10_TO_49",
  ...overrides,
});

const reload = async (id: string) =>
  (await getPrisma()).organisation.findUniqueOrThrow({ where: { id } });

beforeEach(async () => {
  const prisma = await getPrisma();
  const place = await createPlace(prisma);
  organisation = await createOrganisation(prisma, { placeId: place.id, type: "CARE_HOME" });
  other = await createOrganisation(prisma, { placeId: place.id });
});

describe("changing an organisation's details", () => {
  it("lets its admin change the profile, audited with before and after", async () => {
    const admin = adminOf(organisation.id);
    await updateOrganisationDetails(admin, organisation.id, details(), {
      requestId: "req-update-1",
    });

    expect(await reload(organisation.id)).toMatchObject({
      address: "1 High Street, Northmoor",
      postcode: "LS1 4AP",
      website: "https://larchwood.example",
      sizeBand: "FROM_10_TO_49",
    });
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { requestId: "req-update-1" },
    });
    expect(event).toMatchObject({
      action: "organisation.updated",
      actorId: admin.userId,
      actingOrganisationId: organisation.id,
      entityId: organisation.id,
    });
    expect(event.before).toMatchObject({ website: null, postcode: null });
    expect(event.after).toMatchObject({
      website: "https://larchwood.example",
      postcode: "LS1 4AP",
    });
  });

  it("keeps type, place and engagement out of an organisation admin's reach", async () => {
    await updateOrganisationDetails(
      adminOf(organisation.id),
      organisation.id,
      details({ type: "ACUTE_TRUST", engagementCurrent: "LEADING" }),
    );

    expect(await reload(organisation.id)).toMatchObject({
      type: "CARE_HOME",
      engagementCurrent: "UNAWARE",
    });
  });

  it("lets a programme lead change every detail, leaving engagement to its own page", async () => {
    await updateOrganisationDetails(
      lead(),
      organisation.id,
      details({ type: "HOSPICE", engagementCurrent: "LEADING" }),
    );

    expect(await reload(organisation.id)).toMatchObject({
      type: "HOSPICE",
      engagementCurrent: "UNAWARE",
    });
  });

  it("refuses members, admins of other organisations, and unknown ids, changing nothing", async () => {
    const before = await reload(organisation.id);

    for (const who of [memberOf(organisation.id), adminOf(other.id)]) {
      await expect(
        updateOrganisationDetails(who, organisation.id, details()),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        status: 403,
      });
    }
    await expect(updateOrganisationDetails(lead(), "not-a-uuid", details())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await reload(organisation.id)).toEqual(before);
  });

  it("refuses bad input with a message for each field, changing nothing", async () => {
    const before = await reload(organisation.id);

    const attempt = updateOrganisationDetails(
      lead(),
      organisation.id,
      details({
        name: " ",
        odsCode: "not valid!",
        postcode: "nowhere",
        website: "javascript:alert(1)",
      }),
    );

    await expect(attempt).rejects.toThrow();
    const error = await attempt.catch((caught: unknown) => caught);
    const fields = (error as { issues: { path: string[] }[] }).issues
      .map((issue) => issue.path[0])
      .sort();
    expect(fields).toEqual(["name", "odsCode", "postcode", "website"]);
    expect(await reload(organisation.id)).toEqual(before);
  });

  it("refuses an ODS code another organisation has", async () => {
    const attempt = updateOrganisationDetails(
      lead(),
      organisation.id,
      details({ odsCode: other.odsCode }),
    );

    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(
      updateOrganisationDetails(lead(), organisation.id, details({ odsCode: other.odsCode })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { odsCode: ["Another organisation has that ODS code"] },
    });
    expect((await reload(organisation.id)).odsCode).toBe(organisation.odsCode);
  });
});
