"use client";

import { sendInvitation } from "@/app/organisations/[organisationId]/invitations/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { type Invitation, invitationRoleLabels, invitationSchema } from "@/lib/invitations/schemas";

type Field = keyof Invitation;
const fields: Field[] = ["email", "name", "role"];

/** Invites a person to an organisation by email, as organisation admin or member. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: invitationSchema,
    defaultValues: { email: "", name: "", role: "MEMBER" },
    fields,
    action: (values) => sendInvitation(organisationId, values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="email"
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint="Their work email. If they already have an account, they join with it."
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        id="name"
        label="Full name"
        autoComplete="off"
        hint="Needed if they have no account yet."
        error={errors.name?.message}
        {...register("name")}
      />
      <SelectField
        id="role"
        label="Role"
        hint="Organisation admins change the organisation's profile and invite others. Information governance leads draft and sign data sharing agreements."
        error={errors.role?.message}
        options={(["MEMBER", "IG_LEAD", "ORG_ADMIN"] as const).map((role) => ({
          value: role,
          label: invitationRoleLabels[role],
        }))}
        {...register("role")}
      />
      <FormFooter
        submitLabel="Send invitation"
        isSubmitting={isSubmitting}
        cancelHref={`/organisations/${organisationId}`}
      />
    </form>
  );
}
