import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { getOrganisationEngagement } from "@/lib/engagement/get-engagement";
import { updateEngagement } from "@/lib/engagement/update-engagement";

import { adminOf, memberOf } from "../support/actors";
import { createOrganisation, createUser } from "../support/factories";
import { asActor } from "../support/people-factories";

let organisation: { id: string };
let other: { id: string };
let lead: Actor;
let member: { id: string };
let outsider: { id: string };
let contact: { id: string };

beforeAll(async () => {
  const prisma = await getPrisma();
  organisation = await createOrganisation(prisma);
  other = await createOrganisation(prisma);
  lead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD", name: "Lee Lead" }));
  member = await createUser(prisma, {
    name: "Mina Member",
    memberships: [{ organisationId: organisation.id, role: "MEMBER" }],
  });
  outsider = await createUser(prisma, {
    memberships: [{ organisationId: other.id, role: "ORG_ADMIN" }],
  });
  contact = await prisma.keyContact.create({
    data: { organisationId: organisation.id, name: "Cara Contact", role: "Chief executive" },
  });
});

const change = (overrides: Record<string, unknown> = {}) => ({
  engagementCurrent: "NEUTRAL",
  engagementDesired: "LEADING",
  influence: "HIGH",
  interest: "MEDIUM",
  engagementApproach: "COLLABORATE",
  champion: `user:${member.id}`,
  sponsor: `contact:${contact.id}`,
  reason: "Met the board; they want in",
  ...overrides,
});

const stored = async (id: string) =>
  (await getPrisma()).organisation.findUniqueOrThrow({
    where: { id },
    select: {
      engagementCurrent: true,
      engagementDesired: true,
      influence: true,
      interest: true,
      engagementApproach: true,
      championUserId: true,
      championContactId: true,
      sponsorUserId: true,
      sponsorContactId: true,
    },
  });

describe("an organisation's engagement", () => {
  it("a lead sets it with a reason: the history says who, when and why, and the audit trail has it", async () => {
    await updateEngagement(lead, organisation.id, change(), { requestId: "req-engagement-1" });

    expect(await stored(organisation.id)).toEqual({
      engagementCurrent: "NEUTRAL",
      engagementDesired: "LEADING",
      influence: "HIGH",
      interest: "MEDIUM",
      engagementApproach: "COLLABORATE",
      championUserId: member.id,
      championContactId: null,
      sponsorUserId: null,
      sponsorContactId: contact.id,
    });
    await updateEngagement(
      lead,
      organisation.id,
      change({ engagementCurrent: "SUPPORTIVE", reason: "Signed the charter" }),
    );

    const seen = await getOrganisationEngagement(lead, organisation.id);
    expect(seen?.championName).toBe("Mina Member");
    expect(seen?.sponsorName).toBe("Cara Contact, Chief executive");
    expect(
      seen?.history?.map(({ fromCurrent, toCurrent, reason, changedBy }) => ({
        fromCurrent,
        toCurrent,
        reason,
        by: changedBy?.name,
      })),
    ).toEqual([
      {
        fromCurrent: "NEUTRAL",
        toCurrent: "SUPPORTIVE",
        reason: "Signed the charter",
        by: "Lee Lead",
      },
      {
        fromCurrent: "UNAWARE",
        toCurrent: "NEUTRAL",
        reason: "Met the board; they want in",
        by: "Lee Lead",
      },
    ]);
    const event = await (
      await getPrisma()
    ).auditEvent.findFirstOrThrow({
      where: { requestId: "req-engagement-1" },
    });
    expect(event).toMatchObject({
      action: "engagement.changed",
      actorId: lead.userId,
      entityId: organisation.id,
    });
    expect(event.after).toMatchObject({
      engagementCurrent: "NEUTRAL",
      reason: "Met the board; they want in",
    });
  });

  it("refuses anyone but a lead on the server, changing nothing", async () => {
    const before = await stored(organisation.id);
    const count = await (await getPrisma()).engagementChange.count();
    for (const who of [adminOf(organisation.id), memberOf(organisation.id)]) {
      await expect(
        updateEngagement(who, organisation.id, change({ engagementCurrent: "LEADING" })),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await stored(organisation.id)).toEqual(before);
    expect(await (await getPrisma()).engagementChange.count()).toBe(count);
  });

  it("refuses a champion or sponsor from outside the organisation, and bad input, changing nothing", async () => {
    const before = await stored(organisation.id);
    await expect(
      updateEngagement(lead, organisation.id, change({ champion: `user:${outsider.id}` })),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { champion: [expect.any(String)] },
    });
    await expect(updateEngagement(lead, other.id, change())).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(
      updateEngagement(lead, organisation.id, change({ reason: "  ", engagementCurrent: "KEEN" })),
    ).rejects.toMatchObject({ name: "ZodError" });
    await expect(updateEngagement(lead, "not-an-id", change())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await stored(organisation.id)).toEqual(before);
  });

  it("shows the history to leads and the organisation's members, the levels to everyone", async () => {
    const asMember = await getOrganisationEngagement(memberOf(organisation.id), organisation.id);
    expect(asMember?.history?.length).toBeGreaterThan(0);
    expect(asMember?.peopleOptions).toBeNull();
    const asOutsider = await getOrganisationEngagement(adminOf(other.id), organisation.id);
    expect(asOutsider?.engagementCurrent).toBe("SUPPORTIVE");
    expect(asOutsider?.history).toBeNull();
    expect(asOutsider?.canEdit).toBe(false);
    const asLead = await getOrganisationEngagement(lead, organisation.id);
    expect(asLead?.peopleOptions?.map((option) => option.value)).toEqual([
      `user:${member.id}`,
      `contact:${contact.id}`,
    ]);
  });

  it("gives the profile's summary the latest change only, and no choices of people", async () => {
    const full = await getOrganisationEngagement(lead, organisation.id);
    const summary = await getOrganisationEngagement(lead, organisation.id, { summary: true });
    expect(full?.history?.length).toBeGreaterThan(1);
    expect(summary?.history).toEqual(full?.history?.slice(0, 1));
    expect(summary?.peopleOptions).toBeNull();
    expect(summary?.championName).toBe(full?.championName);
  });
});
