import { z } from "zod";

import { requiredText } from "@/lib/validation/text";

/** A new version of the charter, as the edit form sends it. Shared by the form and the server. */
export const charterSchema = z.object({
  text: requiredText(
    50_000,
    "Enter the charter's text",
    "The charter must be 50,000 characters or fewer",
  ),
  changeNote: requiredText(
    1000,
    "Say what changed from the version before",
    "What changed must be 1,000 characters or fewer",
  ),
});
export type CharterInput = z.input<typeof charterSchema>;

/** An endorsement, as the endorse button posts it: the organisation and the version read. */
export const endorsementSchema = z.object({
  organisationId: z.uuid("Select your organisation"),
  versionNumber: z.coerce.number().int().min(1),
});
