import Link from "@/components/ui/link";

import { AssessmentsTable } from "@/components/maturity/assessments/assessments-table";
import { RoundsTable } from "@/components/maturity/assessments/rounds-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { listInTray } from "@/lib/maturity/assessments/list-in-tray";
import { formatDay } from "@/lib/maturity/labels";
import { maturityPolicy } from "@/lib/maturity/policy";
import { listRounds } from "@/lib/maturity/rounds/list-rounds";
import {
  MATURITY_PAGE_SIZE,
  type MaturityLandingQuery,
  maturityLandingQuerySchema,
} from "@/lib/maturity/schemas";

export const metadata = { title: "Digital maturity" };

const hrefWith = (query: MaturityLandingQuery, change: Partial<MaturityLandingQuery>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...change })) {
    if (value !== 1) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/maturity?${search}` : "/maturity";
};

export default async function MaturityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/maturity");
  const query = maturityLandingQuerySchema.parse(await searchParams);
  const isLead = maturityPolicy.canManage(actor);
  const [tray, open, upcoming, closed] = await Promise.all([
    actor.memberships.length > 0 ? listInTray(actor, query) : null,
    isLead ? listRounds(actor, "open", query.page) : null,
    isLead ? listRounds(actor, "upcoming", query.upcomingPage) : null,
    isLead ? listRounds(actor, "closed", query.closedPage) : null,
  ]);

  return (
    <>
      <h1>Digital maturity</h1>
      <p className="nhs-lede">
        Organisations assess how ready they are to share care information, against the
        coalition&apos;s frameworks, in rounds that programme leads open.
      </p>
      <p>
        <Link href="/maturity/frameworks">The maturity frameworks</Link>
      </p>

      {tray ? (
        <>
          <section aria-labelledby="in-tray-heading" className="mb-8">
            <h2 id="in-tray-heading">Your organisation&apos;s assessments</h2>
            {tray.open.total === 0 ? (
              <p>No assessment round is open for your organisation.</p>
            ) : (
              <>
                <AssessmentsTable
                  caption="Assessments in open rounds"
                  rows={tray.open.rows}
                  by="round"
                />
                <Pagination
                  page={tray.open.page}
                  pageCount={tray.open.pageCount}
                  total={tray.open.total}
                  pageSize={MATURITY_PAGE_SIZE}
                  noun="assessments"
                  hrefFor={(page) => hrefWith(query, { page })}
                />
              </>
            )}
          </section>
          <section aria-labelledby="assigned-heading" className="mb-8">
            <h2 id="assigned-heading">Sections given to you</h2>
            {tray.assigned.total === 0 ? (
              <p>No section of an open assessment is waiting for you.</p>
            ) : (
              <>
                <ul>
                  {tray.assigned.rows.map((assignment) => (
                    <li key={`${assignment.assessment.id}:${assignment.dimension.id}`}>
                      <Link
                        href={`/maturity/assessments/${assignment.assessment.id}/dimensions/${assignment.dimension.id}`}
                      >
                        {assignment.dimension.name}
                      </Link>
                      {` in ${assignment.assessment.round.name} for ${assignment.assessment.organisation.name}, closing ${formatDay(assignment.assessment.round.closesOn)}`}
                    </li>
                  ))}
                </ul>
                <Pagination
                  page={tray.assigned.page}
                  pageCount={tray.assigned.pageCount}
                  total={tray.assigned.total}
                  pageSize={MATURITY_PAGE_SIZE}
                  noun="sections"
                  hrefFor={(assignedPage) => hrefWith(query, { assignedPage })}
                />
              </>
            )}
          </section>
          <section aria-labelledby="past-heading" className="mb-8">
            <h2 id="past-heading">Past assessments</h2>
            {tray.past.total === 0 ? (
              <p>No past assessments yet.</p>
            ) : (
              <>
                <AssessmentsTable
                  caption="Assessments in closed rounds"
                  rows={tray.past.rows}
                  by="round"
                />
                <Pagination
                  page={tray.past.page}
                  pageCount={tray.past.pageCount}
                  total={tray.past.total}
                  pageSize={MATURITY_PAGE_SIZE}
                  noun="past assessments"
                  hrefFor={(pastPage) => hrefWith(query, { pastPage })}
                />
              </>
            )}
          </section>
        </>
      ) : null}

      {open && upcoming && closed ? (
        <>
          <p>
            <Link href="/maturity/rounds/new" className="nhs-button">
              Open a round
            </Link>
          </p>
          {(
            [
              ["open", "Open rounds", open, "page", "No round is open."],
              ["upcoming", "Upcoming rounds", upcoming, "upcomingPage", "No round is to open."],
              ["closed", "Closed rounds", closed, "closedPage", "No round has closed yet."],
            ] as const
          ).map(([phase, heading, list, param, empty]) => (
            <section key={phase} aria-labelledby={`${phase}-rounds-heading`} className="mb-8">
              <h2 id={`${phase}-rounds-heading`}>{heading}</h2>
              {list.total === 0 ? (
                <p>{empty}</p>
              ) : (
                <>
                  <RoundsTable caption={heading} rounds={list.rounds} />
                  <Pagination
                    page={list.page}
                    pageCount={list.pageCount}
                    total={list.total}
                    pageSize={MATURITY_PAGE_SIZE}
                    noun="rounds"
                    hrefFor={(page) => hrefWith(query, { [param]: page })}
                  />
                </>
              )}
            </section>
          ))}
        </>
      ) : null}

      {!tray && !isLead ? (
        <p>
          You are not in an organisation, so no assessment is waiting for you. You can read the
          frameworks.
        </p>
      ) : null}
    </>
  );
}
