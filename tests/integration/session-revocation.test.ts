import { describe, expect, it } from "vitest";

import { changeOwnPassword } from "@/lib/account/change-password";
import { signOutEverywhere } from "@/lib/account/sign-out-everywhere";
import { resolveActor } from "@/lib/auth/get-actor";
import { getPrisma } from "@/lib/db/client";
import { changeMembershipRole } from "@/lib/users/change-membership-role";
import { changePlatformRole } from "@/lib/users/change-platform-role";
import { removeMembership } from "@/lib/users/remove-membership";
import { setAccountDisabled } from "@/lib/users/set-account-disabled";

import { createUser } from "../support/factories";
import { asActor, createPeopleWorld } from "../support/people-factories";

const PASSWORD = "a session test password";

/** The session a person got on signing in: what their cookie carries from then on. */
async function signedInSession(userId: string) {
  const { sessionVersion } = await (
    await getPrisma()
  ).user.findUniqueOrThrow({
    where: { id: userId },
  });
  return { userId, sessionVersion, signedInAt: Date.now() };
}

describe("an old session after the account changes", () => {
  it("is refused after signing out everywhere, while a new sign-in works", async () => {
    const user = await createUser(await getPrisma());
    const session = await signedInSession(user.id);
    expect(await resolveActor(session)).toMatchObject({ userId: user.id });

    await signOutEverywhere(asActor(user));

    expect(await resolveActor(session)).toBeNull();
    expect(await resolveActor(await signedInSession(user.id))).toMatchObject({ userId: user.id });
  });

  it("is refused once the account is disabled, and stays refused after enabling it", async () => {
    const world = await createPeopleWorld(await getPrisma());
    const person = world.users.memberOfA;
    const session = await signedInSession(person.id);

    await setAccountDisabled(world.actors.lead, person.id, true);

    expect(await resolveActor(session)).toBeNull();
    // Even a session issued with the new version is no good while disabled.
    expect(await resolveActor(await signedInSession(person.id))).toBeNull();

    await setAccountDisabled(world.actors.lead, person.id, false);
    expect(await resolveActor(session)).toBeNull();
    expect(await resolveActor(await signedInSession(person.id))).toMatchObject({
      userId: person.id,
    });
  });

  it("is refused after a password change, this session included", async () => {
    const user = await createUser(await getPrisma(), { password: PASSWORD });
    const thisSession = await signedInSession(user.id);
    const otherDevice = await signedInSession(user.id);

    await changeOwnPassword(
      asActor(user),
      {
        currentPassword: PASSWORD,
        newPassword: "the session test's new password",
        confirmNewPassword: "the session test's new password",
      },
      { ipAddress: "10.77.0.1" },
    );

    expect(await resolveActor(thisSession)).toBeNull();
    expect(await resolveActor(otherDevice)).toBeNull();
  });

  it("carries a new platform role at once, with no new sign-in", async () => {
    const world = await createPeopleWorld(await getPrisma());
    const person = world.users.memberOfA;
    const session = await signedInSession(person.id);
    expect((await resolveActor(session))?.role).toBe("USER");

    await changePlatformRole(world.actors.platformAdmin, person.id, { role: "PROGRAMME_LEAD" });
    expect((await resolveActor(session))?.role).toBe("PROGRAMME_LEAD");

    await changePlatformRole(world.actors.platformAdmin, person.id, { role: "USER" });
    expect((await resolveActor(session))?.role).toBe("USER");
  });

  it("carries membership changes at once too", async () => {
    const world = await createPeopleWorld(await getPrisma());
    const person = world.users.memberOfA;
    const session = await signedInSession(person.id);

    await changeMembershipRole(world.actors.adminOfA, world.memberships.memberOfA.id, {
      role: "ORG_ADMIN",
    });
    expect((await resolveActor(session))?.memberships).toEqual([
      { organisationId: world.organisationA.id, role: "ORG_ADMIN" },
    ]);

    await removeMembership(world.actors.lead, world.memberships.memberOfA.id);
    expect((await resolveActor(session))?.memberships).toEqual([]);
  });
});
