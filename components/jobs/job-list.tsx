import { formatLondonTime } from "@/lib/audit/local-time";
import type { JobListEntry } from "@/lib/jobs/list-jobs";

import { RunNowButton } from "./run-now-button";

function lastRun(job: JobListEntry): string {
  if (job.running) return "Running now";
  if (!job.lastStartedAt) return "Not run yet";
  return formatLondonTime(job.lastStartedAt);
}

/** Each scheduled job: what it does, when it runs, how it last went, and "Run now". */
export function JobList({ jobs }: { jobs: JobListEntry[] }) {
  return (
    <ul className="list-none p-0">
      {jobs.map((job) => (
        <li key={job.name} className="nhs-card mb-6" data-testid="job">
          <h2 className="mb-2 text-xl">{job.description}</h2>
          <p className="nhs-secondary-text mb-4 break-all">
            <code>{job.name}</code>
          </p>
          <dl className="mb-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">Runs</dt>
            <dd className="m-0">{job.schedule}</dd>
            <dt className="font-bold">Last run</dt>
            <dd className="m-0">{lastRun(job)}</dd>
            <dt className="font-bold">Result</dt>
            <dd className="m-0 break-words">
              {job.lastError ? (
                <>
                  <strong className="nhs-tag nhs-tag-red mr-2">Failed</strong>
                  {job.lastError}
                </>
              ) : job.lastSummary ? (
                job.lastSummary
              ) : (
                "None yet"
              )}
            </dd>
            <dt className="font-bold">Next run</dt>
            <dd className="m-0">
              {job.nextRunAt ? formatLondonTime(job.nextRunAt) : "When the scheduler first looks"}
            </dd>
            <dt className="font-bold">Runs so far</dt>
            <dd className="m-0">{job.runCount}</dd>
          </dl>
          <RunNowButton name={job.name} label={job.description} />
        </li>
      ))}
    </ul>
  );
}
