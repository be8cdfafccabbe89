import { JobList } from "@/components/jobs/job-list";
import { requireActor } from "@/lib/auth/require-actor";
import { listJobs } from "@/lib/jobs/list-jobs";
import { jobsPolicy } from "@/lib/jobs/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Scheduled jobs" };

export default async function JobsPage() {
  const actor = await requireActor("/admin/jobs");
  if (!jobsPolicy.canManage(actor)) await denyAccess(actor, "job.list");
  const jobs = await listJobs(actor);
  return (
    <>
      <h1>Scheduled jobs</h1>
      <p className="nhs-lede">
        Work the platform does on a timetable, in UK time. Each app process looks for due jobs about
        every minute, and only one runs each job.
      </p>
      <JobList jobs={jobs} />
    </>
  );
}
