import { changePassword, saveAccountDetails, signOutEverywhereNow } from "@/app/account/actions";
import {
  deleteMembership,
  saveAccountDisabled,
  saveMembershipRole,
  savePlatformRole,
} from "@/app/people/actions";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";

import { createUser } from "../../support/factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const PASSWORD = "the access matrix's password";
const NEW_PASSWORD = "the access matrix's new password";
let passwordHash: Promise<string> | undefined;

/** Gives every person in the world a password, so that each may try to change it. */
async function givePasswords(world: World) {
  passwordHash ??= hashPassword(PASSWORD);
  const prisma = await getPrisma();
  await prisma.user.updateMany({
    where: { id: { in: Object.values(world.actors).map((actor) => actor.userId) } },
    data: { passwordHash: await passwordHash },
  });
}

const someoneElse = async (role: "USER" | "PROGRAMME_LEAD" = "USER") =>
  createUser(await getPrisma(), { role });

const newMemberOfA = async (world: World) => {
  const person = await createUser(await getPrisma(), {
    memberships: [{ organisationId: world.organisationA.id, role: "MEMBER" }],
  });
  return (await getPrisma()).membership.findFirstOrThrow({ where: { userId: person.id } });
};

/** Signing out everywhere ends at the sign-in page by design: that is its success. */
async function signOutEverywhereSucceeds() {
  try {
    await signOutEverywhereNow(new FormData());
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.includes("notice=signed-out-everywhere")) return;
    throw error;
  }
}

export const peopleRows = [
  row({
    handler: "app/account/actions.ts#saveAccountDetails",
    attempt: "change one's own name and job title",
    expected: expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed"),
    run: () => saveAccountDetails({ name: "A new name", jobTitle: "A new job" }),
    changes: true,
  }),
  row({
    handler: "app/account/actions.ts#changePassword",
    attempt: "change one's own password",
    expected: expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed"),
    prepare: givePasswords,
    run: () =>
      changePassword({
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmNewPassword: NEW_PASSWORD,
      }),
    changes: true,
  }),
  row({
    handler: "app/account/actions.ts#signOutEverywhereNow",
    attempt: "sign out everywhere",
    expected: expect6("sign-in", "allowed", "allowed", "allowed", "allowed", "allowed"),
    run: signOutEverywhereSucceeds,
    changes: true,
  }),
  row({
    handler: "app/people/actions.ts#savePlatformRole",
    attempt: "make someone a programme lead",
    expected: expect6("sign-in", "denied", "denied", "denied", "denied", "allowed"),
    prepare: () => someoneElse(),
    run: (_world, person) => savePlatformRole(person.id, { role: "PROGRAMME_LEAD" }),
    changes: true,
  }),
  row({
    handler: "app/people/actions.ts#saveAccountDisabled",
    attempt: "disable an ordinary user's account",
    expected: expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed"),
    prepare: () => someoneElse(),
    run: (_world, person) => saveAccountDisabled(person.id, true),
    changes: true,
  }),
  row({
    handler: "app/people/actions.ts#saveAccountDisabled",
    attempt: "disable a programme lead's account",
    expected: expect6("sign-in", "denied", "denied", "denied", "denied", "allowed"),
    prepare: () => someoneElse("PROGRAMME_LEAD"),
    run: (_world, person) => saveAccountDisabled(person.id, true),
    changes: true,
  }),
  row({
    handler: "app/people/actions.ts#saveMembershipRole",
    attempt: "make a member of A an organisation admin",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    prepare: newMemberOfA,
    run: (_world, membership) => saveMembershipRole(membership.id, { role: "ORG_ADMIN" }),
    changes: true,
  }),
  row({
    handler: "app/people/actions.ts#deleteMembership",
    attempt: "remove a member of A",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    prepare: newMemberOfA,
    run: (_world, membership) => deleteMembership(membership.id),
    changes: true,
  }),
];
