import { beforeEach, describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";

import { adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation } from "../support/factories";

let organisationId: string;
const archivedAt = async () =>
  (await (await getPrisma()).organisation.findUniqueOrThrow({ where: { id: organisationId } }))
    .archivedAt;
const auditActions = async () =>
  (
    await (
      await getPrisma()
    ).auditEvent.findMany({ where: { entityId: organisationId }, orderBy: { occurredAt: "asc" } })
  ).map((event) => event.action);

beforeEach(async () => {
  organisationId = (await createOrganisation(await getPrisma())).id;
});

describe("archiving an organisation", () => {
  it("lets a programme lead archive and restore it, audited once each", async () => {
    await setOrganisationArchived(lead(), organisationId, true);
    await setOrganisationArchived(lead(), organisationId, true);
    expect(await archivedAt()).toBeInstanceOf(Date);

    await setOrganisationArchived(platformAdmin(), organisationId, false);
    expect(await archivedAt()).toBeNull();
    expect(await auditActions()).toEqual(["organisation.archived", "organisation.restored"]);
  });

  it("refuses organisation admins and members, even of that organisation, changing nothing", async () => {
    for (const who of [adminOf(organisationId), memberOf(organisationId)]) {
      await expect(setOrganisationArchived(who, organisationId, true)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await archivedAt()).toBeNull();
    expect(await auditActions()).toEqual([]);
  });

  it("answers not found for an unknown or malformed id", async () => {
    await expect(
      setOrganisationArchived(lead(), "00000000-0000-4000-8000-000000000000", true),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setOrganisationArchived(lead(), "nope", true)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
