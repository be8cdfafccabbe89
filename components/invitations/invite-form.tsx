"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { sendInvitation } from "@/app/organisations/[organisationId]/invitations/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  type Invitation,
  type InvitationInput,
  invitationRoleLabels,
  invitationSchema,
} from "@/lib/invitations/schemas";

type Field = keyof Invitation;
const fields: Field[] = ["email", "name", "role"];

/** Invites a person to an organisation by email, as organisation admin or member. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const profileHref = `/organisations/${organisationId}`;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InvitationInput, unknown, Invitation>({
    resolver: zodResolver(invitationSchema),
    defaultValues: { email: "", name: "", role: "MEMBER" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await sendInvitation(organisationId, values);
    if (result.ok) {
      router.push(`${profileHref}?notice=${result.data.notice}#invitations-heading`);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((fields as string[]).includes(field)) setError(field as Field, { message: messages[0] });
    }
    if (!result.fieldErrors) setFormError(result.message);
  });

  const summary = [
    ...fields.flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ fieldId: field, message }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
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
        hint="Organisation admins change the organisation's profile and invite others."
        error={errors.role?.message}
        options={(["MEMBER", "ORG_ADMIN"] as const).map((role) => ({
          value: role,
          label: invitationRoleLabels[role],
        }))}
        {...register("role")}
      />
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          Send invitation
        </button>
        <Link href={profileHref}>Cancel</Link>
      </div>
    </form>
  );
}
