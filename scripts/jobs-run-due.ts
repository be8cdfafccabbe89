// Runs the scheduled jobs that are due, once, and says what each did: npm run jobs:run-due.
// Safe beside running app processes: each job is claimed by one scheduler at a time.
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { runDueJobs, schedulerName } from "@/lib/jobs/run-due-jobs";

try {
  const outcomes = await runDueJobs(await getPrisma(), new Date(), `cli:${schedulerName()}`);
  if (outcomes.length === 0) console.log("No job is due.");
  for (const outcome of outcomes) {
    if (outcome.ok) console.log(`${outcome.name}: ${outcome.summary}`);
    else console.error(`${outcome.name} failed: ${outcome.error}`);
  }
  if (outcomes.some((outcome) => !outcome.ok)) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
