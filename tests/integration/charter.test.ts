import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { endorseCharter } from "@/lib/charter/endorse-charter";
import { getCharter, getCharterVersion } from "@/lib/charter/get-charter";
import { publishCharter } from "@/lib/charter/publish-charter";
import { getPrisma } from "@/lib/db/client";
import { listOrganisations } from "@/lib/organisations/list-organisations";
import { directoryQuerySchema } from "@/lib/organisations/schemas";

import { adminOf, memberOf } from "../support/actors";
import { createOrganisation, createUser } from "../support/factories";
import { asActor } from "../support/people-factories";

let organisation: { id: string; name: string };
let other: { id: string };
let lead: Actor;
let admin: Actor;

beforeAll(async () => {
  const prisma = await getPrisma();
  organisation = await createOrganisation(prisma);
  other = await createOrganisation(prisma);
  lead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));
  admin = asActor(
    await createUser(prisma, {
      memberships: [{ organisationId: organisation.id, role: "ORG_ADMIN" }],
    }),
  );
});

describe("the charter", () => {
  it("leads publish versions that are all kept; admins endorse the current one for their organisation", async () => {
    await publishCharter(lead, 0, { text: "# Our charter\n\nWe share.", changeNote: "First" });
    await expect(
      publishCharter(lead, 0, { text: "Racing", changeNote: "Stale" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      endorseCharter(
        admin,
        { organisationId: organisation.id, versionNumber: 1 },
        { requestId: "req-endorse-1" },
      ),
    ).resolves.toEqual({ endorsed: true });
    await expect(
      endorseCharter(admin, { organisationId: organisation.id, versionNumber: 1 }),
    ).resolves.toEqual({ endorsed: false });
    await publishCharter(lead, 1, { text: "# Our charter\n\nWe share more.", changeNote: "More" });

    // The earlier version keeps its text and endorsement; the new one asks to be endorsed anew.
    expect((await getCharterVersion(1))?.endorsements.map((e) => e.organisation.id)).toEqual([
      organisation.id,
    ]);
    const charter = await getCharter(admin);
    expect(charter.current?.number).toBe(2);
    expect(charter.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(charter.toEndorse).toEqual([
      { id: organisation.id, name: organisation.name, endorsed: false },
    ]);
    await expect(
      endorseCharter(admin, { organisationId: organisation.id, versionNumber: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await endorseCharter(admin, { organisationId: organisation.id, versionNumber: 2 });

    const directory = await listOrganisations(
      memberOf(other.id),
      directoryQuerySchema.parse({ q: organisation.name }),
    );
    expect(directory.entries[0]?.endorsedCharter).toBe(2);
    const event = await (
      await getPrisma()
    ).auditEvent.findFirstOrThrow({
      where: { requestId: "req-endorse-1" },
    });
    expect(event).toMatchObject({
      action: "charter.endorsed",
      actorId: admin.userId,
      actingOrganisationId: organisation.id,
    });
  });

  it("refuses endorsing for another organisation, and publishing by anyone but a lead", async () => {
    const prisma = await getPrisma();
    const current = (await getCharter(lead)).current?.number ?? 0;
    const endorsements = await prisma.charterEndorsement.count();
    await expect(
      endorseCharter(admin, { organisationId: other.id, versionNumber: current }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      endorseCharter(memberOf(other.id), { organisationId: other.id, versionNumber: current }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      endorseCharter(lead, { organisationId: other.id, versionNumber: current }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.charterEndorsement.count()).toBe(endorsements);
    await expect(
      publishCharter(adminOf(other.id), current, { text: "Ours now", changeNote: "Takeover" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      publishCharter(lead, current, { text: " ", changeNote: "" }),
    ).rejects.toMatchObject({
      name: "ZodError",
    });
    expect((await getCharter(lead)).current?.number).toBe(current);
  });
});
