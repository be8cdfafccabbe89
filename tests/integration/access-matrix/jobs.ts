import { runJobNowAction } from "@/app/admin/jobs/actions";

import { row } from "./row";
import { expect6 } from "./world";

// Housekeeping only clears what has expired, so running it in the matrix's world is harmless.
export const jobRows = [
  row({
    handler: "app/admin/jobs/actions.ts#runJobNowAction",
    attempt: "run a scheduled job at once",
    expected: expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed"),
    run: () => runJobNowAction({ name: "housekeeping.outbox_links" }),
    changes: true,
  }),
];
