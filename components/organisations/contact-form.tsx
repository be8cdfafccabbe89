"use client";

import type { DefaultValues } from "react-hook-form";

import { saveKeyContact } from "@/app/organisations/[organisationId]/contacts/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: keyContactSchema,
    defaultValues: defaults,
    fields: Object.keys(labels) as Field[],
    action: (values) => saveKeyContact(organisationId, contactId ?? null, values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
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
      <FormFooter
        submitLabel={contactId ? "Save contact" : "Add contact"}
        isSubmitting={isSubmitting}
        cancelHref={`/organisations/${organisationId}`}
      />
    </form>
  );
}
