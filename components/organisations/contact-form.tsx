"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type DefaultValues, useForm } from "react-hook-form";

import { saveKeyContact } from "@/app/organisations/[organisationId]/contacts/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import {
  type KeyContactDetails,
  type KeyContactInput,
  keyContactSchema,
} from "@/lib/organisations/schemas";

type Field = keyof KeyContactDetails;

const labels: Record<Field, string> = {
  name: "Full name",
  role: "Role in the programme",
  email: "Email address (optional)",
  phone: "Telephone (optional)",
};

/** Adds a key contact to an organisation's profile, or changes one when given its id. */
export function ContactForm({
  organisationId,
  contactId,
  defaults,
}: {
  organisationId: string;
  /** The contact to change; none to add one. */
  contactId?: string;
  defaults: DefaultValues<KeyContactInput>;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const profileHref = `/organisations/${organisationId}`;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<KeyContactInput, unknown, KeyContactDetails>({
    resolver: zodResolver(keyContactSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await saveKeyContact(organisationId, contactId ?? null, values);
    if (result.ok) {
      router.push(profileHref);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in labels) setError(field as Field, { message: messages[0] });
    }
    if (!result.fieldErrors) setFormError(result.message);
  });

  const summary = [
    ...(Object.keys(labels) as Field[]).flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ fieldId: field, message }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="name"
        label={labels.name}
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        id="role"
        label={labels.role}
        hint="For example, Caldicott guardian, information governance lead or digital lead"
        autoComplete="off"
        error={errors.role?.message}
        {...register("role")}
      />
      <TextField
        id="email"
        label={labels.email}
        type="email"
        spellCheck={false}
        autoComplete="off"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        id="phone"
        label={labels.phone}
        type="tel"
        hint="A UK number, for example 01632 960 001"
        autoComplete="off"
        className="max-w-[16rem]"
        error={errors.phone?.message}
        {...register("phone")}
      />
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          {contactId ? "Save contact" : "Add contact"}
        </button>
        <Link href={profileHref}>Cancel</Link>
      </div>
    </form>
  );
}
