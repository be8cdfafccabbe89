"use server";

import {
  removePostedProfileRecord,
  saveProfileRecord,
} from "@/lib/organisations/profile-record-actions";
import { keyContacts } from "@/lib/organisations/profile-record-kinds";
import type { ActionResult } from "@/lib/server/action";

/** Adds a key contact (no id) or changes one, from the contact form; then back to the profile. */
export async function saveKeyContact(
  organisationId: string,
  contactId: string | null,
  input: unknown,
): Promise<ActionResult> {
  return saveProfileRecord(keyContacts, organisationId, contactId, input);
}

/** Removes a key contact; posted by the plain form on the confirmation page. */
export async function removeContact(formData: FormData): Promise<void> {
  await removePostedProfileRecord(keyContacts, formData, "contactId");
}
