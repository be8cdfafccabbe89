import { ChoosePasswordForm } from "@/components/account/choose-password-form";
import { LinkProblem } from "@/components/account/link-problem";
import { AcceptInvitationButton } from "@/components/invitations/accept-invitation-button";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";
import { invitationLinkMessages } from "@/lib/invitations/link-state";
import { invitationRoleLabels } from "@/lib/invitations/schemas";

import { acceptInvitation } from "./actions";

export const metadata = { title: "Your invitation", referrer: "no-referrer" };

/** Where an invitation link lands: open to anyone holding the link, signed in or not. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findInvitationByToken(token);
  if (!link.invitation) {
    return (
      <LinkProblem
        heading="This invitation link cannot be used"
        message={invitationLinkMessages[link.state === "usable" ? "unknown" : link.state]}
        next={{ href: "/sign-in", label: "Go to sign in" }}
      />
    );
  }
  const { invitation } = link;
  const role = invitationRoleLabels[invitation.role].toLowerCase();
  return (
    <div className="max-w-[720px]">
      <h1>Join {invitation.organisation.name}</h1>
      <p className="nhs-lede">
        You have been invited to act for {invitation.organisation.name} on Coalition, as {role}.
      </p>
      {invitation.choosesPassword ? (
        <>
          <p>
            Choose a password for your account, <strong>{invitation.user.email}</strong>. You then
            sign in with it.
          </p>
          <ChoosePasswordForm
            email={invitation.user.email}
            submit={acceptInvitation.bind(null, token)}
            buttonLabel="Set password and join"
          />
        </>
      ) : (
        <>
          <p>
            The invitation is for your account, <strong>{invitation.user.email}</strong>. Accept it
            to join; you sign in as you do now.
          </p>
          <AcceptInvitationButton submit={acceptInvitation.bind(null, token)} />
        </>
      )}
    </div>
  );
}
