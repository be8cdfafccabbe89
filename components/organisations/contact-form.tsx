"use client";

import type { DefaultValues } from "react-hook-form";

import { saveKeyContact } from "@/app/organisations/[organisationId]/contacts/actions";
import { type KeyContactInput, keyContactSchema } from "@/lib/organisations/schemas";

import { ProfileRecordForm, type ProfileRecordField } from "./profile-record-form";

const fields: ProfileRecordField<KeyContactInput>[] = [
  { name: "name", label: "Full name", control: "text" },
  {
    name: "role",
    label: "Role in the programme",
    hint: "For example, Caldicott guardian, information governance lead or digital lead",
    control: "text",
  },
  { name: "email", label: "Email address (optional)", control: "text", type: "email" },
  {
    name: "phone",
    label: "Telephone (optional)",
    hint: "A UK number, for example 01632 960 001",
    control: "text",
    type: "tel",
    narrow: true,
  },
];

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
  return (
    <ProfileRecordForm
      organisationId={organisationId}
      recordId={contactId}
      defaults={defaults}
      schema={keyContactSchema}
      fields={fields}
      save={saveKeyContact}
      submitLabel={contactId ? "Save contact" : "Add contact"}
    />
  );
}
