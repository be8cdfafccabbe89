"use server";

import {
  removePostedProfileRecord,
  saveProfileRecord,
} from "@/lib/organisations/profile-record-actions";
import { systemsInUse } from "@/lib/organisations/profile-record-kinds";
import type { ActionResult } from "@/lib/server/action";

/** Adds a system (no id) or changes one, from the system form; then back to the profile. */
export async function saveSystemInUse(
  organisationId: string,
  systemId: string | null,
  input: unknown,
): Promise<ActionResult> {
  return saveProfileRecord(systemsInUse, organisationId, systemId, input);
}

/** Removes a system; posted by the plain form on the confirmation page. */
export async function removeSystem(formData: FormData): Promise<void> {
  await removePostedProfileRecord(systemsInUse, formData, "systemId");
}
