import { randomUUID } from "node:crypto";

import { requestPasswordReset } from "@/app/forgot-password/actions";
import { acceptInvitation } from "@/app/invitations/[token]/actions";
import {
  revokeInvitation,
  sendInvitation,
} from "@/app/organisations/[organisationId]/invitations/actions";
import { resetPassword } from "@/app/reset-password/[token]/actions";
import { getPrisma } from "@/lib/db/client";
import { invitePerson } from "@/lib/invitations/invite-person";
import { requestPasswordReset as requestReset } from "@/lib/password-reset/request-password-reset";

import { createUser } from "../../support/factories";
import { linkTokenSentTo } from "../../support/outbox";
import { row } from "./row";
import { expect6, type World } from "./world";

const NEW_PASSWORD = "the access matrix's chosen passphrase";
const choose = { newPassword: NEW_PASSWORD, confirmNewPassword: NEW_PASSWORD };
const newEmail = () => `matrix-${randomUUID().slice(0, 8)}@example.org`;
/** A link's token that names nothing. */
const UNKNOWN_TOKEN = "z".repeat(43);

/** A pending invitation of someone new to organisation A, sent by the lead. */
async function pendingInvitationToA(world: World) {
  const email = newEmail();
  const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
    email,
    name: "Matrix Invitee",
    role: "MEMBER",
  });
  return { invitationId: sent.invitationId, token: await linkTokenSentTo(email, "invitations") };
}

const revokeForm = (organisationId: string, invitationId: string) => {
  const form = new FormData();
  form.set("organisationId", organisationId);
  form.set("invitationId", invitationId);
  return form;
};

/** A password-reset link of an ordinary account, asked for from an address of its own. */
async function resetLink() {
  const person = await createUser(await getPrisma(), { password: "the matrix's old password" });
  await requestReset({ email: person.email }, { ipAddress: `10.99.${randomUUID().slice(0, 4)}` });
  return linkTokenSentTo(person.email, "reset-password");
}

export const invitationRows = [
  row({
    handler: "app/organisations/[organisationId]/invitations/actions.ts#sendInvitation",
    attempt: "invite someone new to organisation A",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    run: (world) =>
      sendInvitation(world.organisationA.id, {
        email: newEmail(),
        name: "Someone New",
        role: "ORG_ADMIN",
      }),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/invitations/actions.ts#revokeInvitation",
    attempt: "revoke a pending invitation to organisation A",
    expected: expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed"),
    prepare: pendingInvitationToA,
    run: (world, { invitationId }) =>
      revokeInvitation(revokeForm(world.organisationA.id, invitationId)),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/invitations/actions.ts#revokeInvitation",
    attempt: "revoke organisation A's invitation by its id, through organisation B",
    expected: expect6("sign-in", "denied", "denied", "denied", "denied", "denied"),
    prepare: pendingInvitationToA,
    run: (world, { invitationId }) =>
      revokeInvitation(revokeForm(world.organisationB.id, invitationId)),
    // Those who may manage B's invitations are told it does not exist there (404).
    auditsDenial: false,
  }),
  row({
    handler: "app/invitations/[token]/actions.ts#acceptInvitation",
    attempt: "accept an invitation by its link, choosing a password",
    expected: expect6("allowed", "allowed", "allowed", "allowed", "allowed", "allowed"),
    prepare: pendingInvitationToA,
    run: (_world, { token }) => acceptInvitation(token, choose),
    changes: true,
  }),
  row({
    handler: "app/invitations/[token]/actions.ts#acceptInvitation",
    attempt: "accept an invitation with a link that names none",
    expected: expect6("denied", "denied", "denied", "denied", "denied", "denied"),
    run: () => acceptInvitation(UNKNOWN_TOKEN, choose),
    auditsDenial: false,
  }),
  row({
    handler: "app/forgot-password/actions.ts#requestPasswordReset",
    attempt: "ask for a password-reset link for an account",
    expected: expect6("allowed", "allowed", "allowed", "allowed", "allowed", "allowed"),
    prepare: async () => createUser(await getPrisma(), { password: "the matrix's old password" }),
    run: (_world, person) => requestPasswordReset({ email: person.email }),
    changes: true,
  }),
  row({
    handler: "app/reset-password/[token]/actions.ts#resetPassword",
    attempt: "choose a new password through a reset link",
    expected: expect6("allowed", "allowed", "allowed", "allowed", "allowed", "allowed"),
    prepare: resetLink,
    run: (_world, token) => resetPassword(token, choose),
    changes: true,
  }),
  row({
    handler: "app/reset-password/[token]/actions.ts#resetPassword",
    attempt: "choose a new password with a link that names none",
    expected: expect6("denied", "denied", "denied", "denied", "denied", "denied"),
    run: () => resetPassword(UNKNOWN_TOKEN, choose),
    auditsDenial: false,
  }),
];
