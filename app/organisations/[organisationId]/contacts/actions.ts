"use server";

import { addKeyContact } from "@/lib/organisations/add-key-contact";
import { removeKeyContact } from "@/lib/organisations/remove-key-contact";
import { updateKeyContact } from "@/lib/organisations/update-key-contact";
import { type ActionResult, runAction, runFormAction } from "@/lib/server/action";
import { formText } from "@/lib/server/form-data";

/** Adds a key contact (no id) or changes one, from the contact form. */
export async function saveKeyContact(
  organisationId: string,
  contactId: string | null,
  input: unknown,
): Promise<ActionResult> {
  if (contactId === null) {
    return runAction("contact.add", async (actor, context) => {
      await addKeyContact(actor, organisationId, input, context);
      return undefined;
    });
  }
  return runAction("contact.update", async (actor, context) => {
    await updateKeyContact(actor, organisationId, contactId, input, context);
    return undefined;
  });
}

/** Removes a key contact; posted by the plain form on the confirmation page. */
export async function removeContact(formData: FormData): Promise<void> {
  const organisationId = formText(formData, "organisationId");
  const contactId = formText(formData, "contactId");
  await runFormAction("contact.remove", `/organisations/${organisationId}`, (actor, context) =>
    removeKeyContact(actor, organisationId, contactId, context),
  );
}
