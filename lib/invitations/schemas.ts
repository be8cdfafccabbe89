import { z } from "zod";

import { text } from "@/lib/validation/text";

export { membershipRoleLabels as invitationRoleLabels } from "@/lib/users/types";

/**
 * Inviting someone to an organisation, as the invite form sends it. The name is needed only
 * when the email has no account yet (the server says so); an existing account keeps its name.
 */
export const invitationSchema = z.object({
  email: text("Enter their email address")
    .trim()
    .min(1, { message: "Enter their email address", abort: true })
    .max(254, "Email address must be 254 characters or fewer")
    .email("Enter an email address in the correct format, like name@example.nhs.uk")
    .transform((email) => email.toLowerCase()),
  name: text()
    .nullish()
    .transform((value) => (value ?? "").trim().replace(/\s+/g, " "))
    .pipe(z.string().max(120, "Name must be 120 characters or fewer")),
  role: z.enum(["ORG_ADMIN", "IG_LEAD", "MEMBER"], { message: "Select a role" }),
});
export type InvitationInput = z.input<typeof invitationSchema>;
export type Invitation = z.output<typeof invitationSchema>;
