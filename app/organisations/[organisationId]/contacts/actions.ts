"use server";

import { addKeyContact } from "@/lib/organisations/add-key-contact";
import { removeKeyContact } from "@/lib/organisations/remove-key-contact";
import { updateKeyContact } from "@/lib/organisations/update-key-contact";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

const textField = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** Adds a key contact (no id) or changes one, from the contact form; then back to the profile. */
export async function saveKeyContact(
  organisationId: string,
  contactId: string | null,
  input: unknown,
): Promise<ActionResult> {
  const result =
    contactId === null
      ? await runAction("contact.add", (actor, context) =>
          addKeyContact(actor, organisationId, input, context),
        )
      : await runAction("contact.update", (actor, context) =>
          updateKeyContact(actor, organisationId, contactId, input, context),
        );
  return redirectAfterWrite(result, `/organisations/${organisationId}`);
}

/** Removes a key contact; posted by the plain form on the confirmation page. */
export async function removeContact(formData: FormData): Promise<void> {
  const organisationId = textField(formData, "organisationId");
  const contactId = textField(formData, "contactId");
  await runFormAction("contact.remove", `/organisations/${organisationId}`, (actor, context) =>
    removeKeyContact(actor, organisationId, contactId, context),
  );
}
