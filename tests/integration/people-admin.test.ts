import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { changeMembershipRole } from "@/lib/users/change-membership-role";
import { changePlatformRole } from "@/lib/users/change-platform-role";
import { getPerson } from "@/lib/users/get-person";
import { removeMembership } from "@/lib/users/remove-membership";
import { setAccountDisabled } from "@/lib/users/set-account-disabled";

import { platformAdmin } from "../support/actors";
import { createUser } from "../support/factories";
import { auditOf, createPeopleWorld, type PeopleWorld } from "../support/people-factories";

let world: PeopleWorld;

beforeEach(async () => {
  world = await createPeopleWorld(await getPrisma());
});

const reloadUser = async (id: string) =>
  (await getPrisma()).user.findUniqueOrThrow({ where: { id } });
const reloadMembership = async (id: string) =>
  (await getPrisma()).membership.findUnique({ where: { id } });
const userAudit = async (id: string) => auditOf(await getPrisma(), "User", id);
const membershipAudit = async (id: string) => auditOf(await getPrisma(), "Membership", id);

/** The ordinary-user roles that may not touch platform roles or accounts. */
const ordinaryActors = (): [string, Actor][] => [
  ["member of A", world.actors.memberOfA],
  ["org admin of A", world.actors.adminOfA],
  ["org admin of B", world.actors.adminOfB],
];

describe("changing a platform role", () => {
  it("lets a platform admin change someone's role, audited with before and after", async () => {
    const person = world.users.memberOfA;

    await changePlatformRole(
      world.actors.platformAdmin,
      person.id,
      { role: "PROGRAMME_LEAD" },
      { requestId: "req-role-1", ipAddress: "10.1.2.3" },
    );

    expect((await reloadUser(person.id)).role).toBe("PROGRAMME_LEAD");
    const [event] = await userAudit(person.id);
    expect(event).toMatchObject({
      action: "user.role_changed",
      actorId: world.users.platformAdmin.id,
      actorEmail: world.users.platformAdmin.email,
      entityType: "User",
      entityId: person.id,
      before: { role: "USER" },
      after: { role: "PROGRAMME_LEAD" },
      requestId: "req-role-1",
      ipAddress: "10.1.2.3",
    });
  });

  it("refuses everyone but platform admins, changing nothing", async () => {
    const target = world.users.memberOfA;
    for (const [who, actor] of [...ordinaryActors(), ["lead", world.actors.lead] as const]) {
      await expect(
        changePlatformRole(actor, target.id, { role: "PLATFORM_ADMIN" }),
        who,
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await reloadUser(target.id)).role).toBe("USER");
    expect(await userAudit(target.id)).toEqual([]);
  });

  it("refuses a platform admin's own role, even to demote themself", async () => {
    const self = world.users.platformAdmin;
    await expect(
      changePlatformRole(world.actors.platformAdmin, self.id, { role: "USER" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      changePlatformRole(world.actors.lead, world.users.lead.id, { role: "PLATFORM_ADMIN" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect((await reloadUser(self.id)).role).toBe("PLATFORM_ADMIN");
    expect((await reloadUser(world.users.lead.id)).role).toBe("PROGRAMME_LEAD");
  });

  it("refuses unknown roles and ids with nothing changed", async () => {
    const target = world.users.memberOfA;
    await expect(
      changePlatformRole(world.actors.platformAdmin, target.id, { role: "SUPERUSER" }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      changePlatformRole(world.actors.platformAdmin, target.id, {}),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      changePlatformRole(world.actors.platformAdmin, "not-a-uuid", { role: "USER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changePlatformRole(world.actors.platformAdmin, randomUUID(), { role: "USER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await reloadUser(target.id)).role).toBe("USER");
    expect(await userAudit(target.id)).toEqual([]);
  });

  it("writes nothing when the role is already the one asked for", async () => {
    await changePlatformRole(world.actors.platformAdmin, world.users.lead.id, {
      role: "PROGRAMME_LEAD",
    });
    expect(await userAudit(world.users.lead.id)).toEqual([]);
  });

  it("keeps the change and its audit record together: no record, no change", async () => {
    const target = world.users.memberOfA;
    // An acting organisation that is not a UUID makes the audit insert fail.
    await expect(
      changePlatformRole(
        world.actors.platformAdmin,
        target.id,
        { role: "PROGRAMME_LEAD" },
        { actingOrganisationId: "not-a-uuid" },
      ),
    ).rejects.toThrow();
    expect((await reloadUser(target.id)).role).toBe("USER");
  });
});

describe("the last active platform admin", () => {
  // Alone as the only active platform admin; the acting admin stands for one whose account was
  // disabled or demoted a moment ago, in another request.
  async function leaveOnlyOneActiveAdmin() {
    const prisma = await getPrisma();
    const last = world.users.platformAdmin;
    await prisma.user.updateMany({
      where: { role: "PLATFORM_ADMIN", id: { not: last.id } },
      data: { role: "USER" },
    });
    await createUser(prisma, { role: "PLATFORM_ADMIN", disabled: true });
    return last;
  }

  it("cannot be demoted", async () => {
    const last = await leaveOnlyOneActiveAdmin();
    await expect(
      changePlatformRole(platformAdmin(), last.id, { role: "PROGRAMME_LEAD" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await reloadUser(last.id)).role).toBe("PLATFORM_ADMIN");
    expect(await userAudit(last.id)).toEqual([]);
  });

  it("cannot be disabled", async () => {
    const last = await leaveOnlyOneActiveAdmin();
    await expect(setAccountDisabled(platformAdmin(), last.id, true)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await reloadUser(last.id)).disabledAt).toBeNull();
  });

  it("can be demoted once another platform admin is active", async () => {
    const last = await leaveOnlyOneActiveAdmin();
    const second = await createUser(await getPrisma(), { role: "PLATFORM_ADMIN" });
    await changePlatformRole(platformAdmin(), last.id, { role: "USER" });
    expect((await reloadUser(last.id)).role).toBe("USER");
    expect((await reloadUser(second.id)).role).toBe("PLATFORM_ADMIN");
  });
});

describe("disabling and enabling an account", () => {
  it("lets a platform admin disable an account, ending its sessions, then enable it", async () => {
    const person = world.users.memberOfA;
    const before = await reloadUser(person.id);

    await setAccountDisabled(world.actors.platformAdmin, person.id, true, { requestId: "req-d" });

    const disabled = await reloadUser(person.id);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.sessionVersion).toBe(before.sessionVersion + 1);

    await setAccountDisabled(world.actors.platformAdmin, person.id, false);

    const enabled = await reloadUser(person.id);
    expect(enabled.disabledAt).toBeNull();
    expect(enabled.sessionVersion).toBe(disabled.sessionVersion);
    const events = await userAudit(person.id);
    expect(events.map((event) => event.action)).toEqual(["user.disabled", "user.enabled"]);
    expect(events[0]).toMatchObject({
      actorId: world.users.platformAdmin.id,
      requestId: "req-d",
      before: { disabledAt: null },
      after: { disabledAt: disabled.disabledAt!.toISOString() },
    });
  });

  it("lets a platform admin disable programme leads and other platform admins", async () => {
    const otherAdmin = await createUser(await getPrisma(), { role: "PLATFORM_ADMIN" });
    await setAccountDisabled(world.actors.platformAdmin, world.users.lead.id, true);
    await setAccountDisabled(world.actors.platformAdmin, otherAdmin.id, true);
    expect((await reloadUser(world.users.lead.id)).disabledAt).not.toBeNull();
    expect((await reloadUser(otherAdmin.id)).disabledAt).not.toBeNull();
  });

  it("lets a programme lead disable ordinary users, organisation admins included", async () => {
    await setAccountDisabled(world.actors.lead, world.users.adminOfA.id, true);
    expect((await reloadUser(world.users.adminOfA.id)).disabledAt).not.toBeNull();
  });

  it("refuses a programme lead trying to disable a lead or an admin, changing nothing", async () => {
    const otherLead = await createUser(await getPrisma(), { role: "PROGRAMME_LEAD" });
    for (const target of [otherLead, world.users.platformAdmin]) {
      const before = await reloadUser(target.id);
      await expect(setAccountDisabled(world.actors.lead, target.id, true)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await reloadUser(target.id)).toEqual(before);
      expect(await userAudit(target.id)).toEqual([]);
    }
  });

  it("refuses members and organisation admins, even for their own members", async () => {
    const target = world.users.memberOfA;
    for (const [who, actor] of ordinaryActors()) {
      await expect(setAccountDisabled(actor, target.id, true), who).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect((await reloadUser(target.id)).disabledAt).toBeNull();
  });

  it("refuses anyone disabling their own account", async () => {
    for (const who of ["platformAdmin", "lead"] as const) {
      await expect(
        setAccountDisabled(world.actors[who], world.users[who].id, true),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await reloadUser(world.users[who].id)).disabledAt).toBeNull();
    }
  });

  it("answers not found for ids that name nobody", async () => {
    await expect(
      setAccountDisabled(world.actors.platformAdmin, "1 OR 1=1", true),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      setAccountDisabled(world.actors.platformAdmin, randomUUID(), true),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("changing a membership's role", () => {
  it("lets an organisation admin make their member an admin, audited for the organisation", async () => {
    const membership = world.memberships.memberOfA;

    await changeMembershipRole(
      world.actors.adminOfA,
      membership.id,
      { role: "ORG_ADMIN" },
      { requestId: "req-m1" },
    );

    expect((await reloadMembership(membership.id))?.role).toBe("ORG_ADMIN");
    const [event] = await membershipAudit(membership.id);
    expect(event).toMatchObject({
      action: "membership.role_changed",
      actorId: world.users.adminOfA.id,
      actingOrganisationId: world.organisationA.id,
      requestId: "req-m1",
      before: { role: "MEMBER", userId: world.users.memberOfA.id },
      after: { role: "ORG_ADMIN", userId: world.users.memberOfA.id },
    });
  });

  it("lets programme leads and platform admins change memberships of any organisation", async () => {
    await changeMembershipRole(world.actors.lead, world.memberships.adminOfB.id, {
      role: "MEMBER",
    });
    await changeMembershipRole(world.actors.platformAdmin, world.memberships.adminOfA.id, {
      role: "MEMBER",
    });
    expect((await reloadMembership(world.memberships.adminOfB.id))?.role).toBe("MEMBER");
    expect((await reloadMembership(world.memberships.adminOfA.id))?.role).toBe("MEMBER");
  });

  it("refuses an admin of B naming a membership of A by id, changing nothing", async () => {
    const membership = world.memberships.memberOfA;
    await expect(
      changeMembershipRole(world.actors.adminOfB, membership.id, { role: "ORG_ADMIN" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeMembership(world.actors.adminOfB, membership.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await reloadMembership(membership.id)).toEqual(membership);
    expect(await membershipAudit(membership.id)).toEqual([]);
  });

  it("refuses members, and anyone changing their own membership", async () => {
    await expect(
      changeMembershipRole(world.actors.memberOfA, world.memberships.adminOfA.id, {
        role: "MEMBER",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      changeMembershipRole(world.actors.memberOfA, world.memberships.memberOfA.id, {
        role: "ORG_ADMIN",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      changeMembershipRole(world.actors.adminOfA, world.memberships.adminOfA.id, {
        role: "MEMBER",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await reloadMembership(world.memberships.adminOfA.id))?.role).toBe("ORG_ADMIN");
    expect((await reloadMembership(world.memberships.memberOfA.id))?.role).toBe("MEMBER");
  });

  it("refuses unknown roles and ids with nothing changed", async () => {
    const membership = world.memberships.memberOfA;
    await expect(
      changeMembershipRole(world.actors.adminOfA, membership.id, { role: "OWNER" }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      changeMembershipRole(world.actors.lead, "not-a-uuid", { role: "MEMBER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changeMembershipRole(world.actors.adminOfB, randomUUID(), { role: "MEMBER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Someone who could manage no membership anywhere learns nothing about ids.
    await expect(
      changeMembershipRole(world.actors.memberOfA, randomUUID(), { role: "MEMBER" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await reloadMembership(membership.id)).toEqual(membership);
  });
});

describe("removing a membership", () => {
  it("lets an organisation admin remove a member, who keeps their account", async () => {
    const membership = world.memberships.memberOfA;

    await removeMembership(world.actors.adminOfA, membership.id, { requestId: "req-rm" });

    expect(await reloadMembership(membership.id)).toBeNull();
    expect(await reloadUser(world.users.memberOfA.id)).toMatchObject({ disabledAt: null });
    const [event] = await membershipAudit(membership.id);
    expect(event).toMatchObject({
      action: "membership.removed",
      actorId: world.users.adminOfA.id,
      actingOrganisationId: world.organisationA.id,
      before: {
        userId: world.users.memberOfA.id,
        organisationId: world.organisationA.id,
        role: "MEMBER",
      },
      after: null,
    });
  });

  it("lets leads and platform admins remove memberships anywhere", async () => {
    await removeMembership(world.actors.lead, world.memberships.adminOfB.id);
    await removeMembership(world.actors.platformAdmin, world.memberships.adminOfA.id);
    expect(await reloadMembership(world.memberships.adminOfB.id)).toBeNull();
    expect(await reloadMembership(world.memberships.adminOfA.id)).toBeNull();
  });

  it("refuses members and one's own membership, removing nothing", async () => {
    await expect(
      removeMembership(world.actors.memberOfA, world.memberships.adminOfA.id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      removeMembership(world.actors.adminOfA, world.memberships.adminOfA.id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await reloadMembership(world.memberships.adminOfA.id)).not.toBeNull();
  });
});

describe("a person's page", () => {
  it("is for programme leads and platform admins only", async () => {
    for (const [who, actor] of ordinaryActors()) {
      await expect(getPerson(actor, world.users.memberOfA.id), who).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await getPerson(world.actors.lead, world.users.memberOfA.id)).toMatchObject({
      email: world.users.memberOfA.email,
      status: "invited",
    });
    expect(await getPerson(world.actors.lead, "not-a-uuid")).toBeNull();
    expect(await getPerson(world.actors.lead, randomUUID())).toBeNull();
  });

  it("offers each actor only what they may do", async () => {
    const asLead = await getPerson(world.actors.lead, world.users.platformAdmin.id);
    expect(asLead).toMatchObject({ canChangeRole: false, canDisable: false, isSelf: false });

    const ofMember = await getPerson(world.actors.lead, world.users.memberOfA.id);
    expect(ofMember).toMatchObject({ canChangeRole: false, canDisable: true });
    expect(ofMember?.memberships).toEqual([
      expect.objectContaining({ id: world.memberships.memberOfA.id, canManage: true }),
    ]);

    const asAdmin = await getPerson(world.actors.platformAdmin, world.users.lead.id);
    expect(asAdmin).toMatchObject({ canChangeRole: true, canDisable: true });

    const self = await getPerson(world.actors.platformAdmin, world.users.platformAdmin.id);
    expect(self).toMatchObject({ canChangeRole: false, canDisable: false, isSelf: true });
  });

  it("never hands out the password hash", async () => {
    const prisma = await getPrisma();
    const person = await createUser(prisma, { password: "a fine long password" });
    const shown = await getPerson(world.actors.lead, person.id);
    expect(shown).toMatchObject({ hasPassword: true, status: "active" });
    expect(JSON.stringify(shown)).not.toContain("argon2");
  });
});
