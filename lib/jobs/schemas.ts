import { z } from "zod";

import { requiredText } from "@/lib/validation/text";

/** "Run now" on the jobs page: the job's name (the server checks that the registry lists it). */
export const runJobSchema = z.object({
  name: requiredText(100, "Choose a job", "Choose a job"),
});
export type RunJobInput = z.input<typeof runJobSchema>;
