"use server";

import { runScheduledJobNow } from "@/lib/jobs/run-job-now";
import type { JobOutcome } from "@/lib/jobs/run-due-jobs";
import { type ActionResult, runAction } from "@/lib/server/action";
import { refreshAfterWrite } from "@/lib/server/redirect-after-write";

/** Runs a scheduled job at once; the jobs page is read again with its result. */
export async function runJobNowAction(input: unknown): Promise<ActionResult<JobOutcome>> {
  const result = await runAction("job.run", (actor, context) =>
    runScheduledJobNow(actor, input, context),
  );
  return refreshAfterWrite(result, "/admin/jobs");
}
