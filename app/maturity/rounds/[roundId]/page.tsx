import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { AssessmentsTable } from "@/components/maturity/assessments/assessments-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { assessmentStatusLabels, formatDay, roundPhaseLabels } from "@/lib/maturity/labels";
import { maturityPolicy } from "@/lib/maturity/policy";
import { getRound } from "@/lib/maturity/rounds/get-round";
import {
  ASSESSMENT_STATUSES,
  MATURITY_PAGE_SIZE,
  roundAssessmentsQuerySchema,
} from "@/lib/maturity/schemas";
import { organisationTypeLabels } from "@/lib/organisations/types";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Assessment round" };

export default async function RoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { roundId } = await params;
  const actor = await requireActor(`/maturity/rounds/${roundId}`);
  if (!maturityPolicy.canManage(actor)) await denyAccess(actor, "maturity_round.read");
  const query = roundAssessmentsQuerySchema.parse(await searchParams);
  const view = await getRound(actor, roundId, query);
  if (!view) notFound();
  const { round, statusCounts, total, assessments } = view;
  const base = `/maturity/rounds/${round.id}`;
  const hrefFor = (status: string | undefined, page = 1) => {
    const params = new URLSearchParams();
    if (status) params.set("status", status);
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return search ? `${base}?${search}` : base;
  };
  const filterLabel = query.status ? assessmentStatusLabels[query.status].toLowerCase() : null;
  return (
    <>
      <p className="mb-2">
        <Link href="/maturity">Back to digital maturity</Link>
      </p>
      <h1>{round.name}</h1>
      <dl className="nhs-card">
        {(
          [
            [
              "Framework",
              `${round.frameworkVersion.framework.name} (version ${round.frameworkVersion.number})`,
            ],
            ["Status", roundPhaseLabels[round.phase]],
            ["Opens", formatDay(round.opensOn)],
            ["Closes", formatDay(round.closesOn)],
            [
              "Types invited",
              round.invitedTypes.length > 0
                ? round.invitedTypes.map((type) => organisationTypeLabels[type]).join(", ")
                : "None (organisations chosen by name)",
            ],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="py-1">
            <dt className="inline font-bold">{label}: </dt>
            <dd className="inline">{value}</dd>
          </div>
        ))}
      </dl>
      <ul className="mb-8 flex flex-wrap gap-x-6">
        <li>
          <Link href={`${base}/edit`}>Change the name or days</Link>
        </li>
        <li>
          <Link href={`${base}/results`}>Results of {round.name}</Link>
        </li>
      </ul>

      <section aria-labelledby="completion-heading" className="mb-8">
        <h2 id="completion-heading">Completion</h2>
        <table className="nhs-table">
          <caption className="sr-only">Assessments by status</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Assessments</th>
            </tr>
          </thead>
          <tbody>
            {ASSESSMENT_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row" className="font-normal">
                  <Link href={hrefFor(status)}>{assessmentStatusLabels[status]}</Link>
                </th>
                <td>{statusCounts[status]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <Link href={hrefFor(undefined)}>All</Link>
              </th>
              <td className="font-bold">{total}</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="assessments-heading" className="mb-8">
        <h2 id="assessments-heading">
          {filterLabel ? `Assessments ${filterLabel}` : "Assessments"}
        </h2>
        {query.status ? (
          <p>
            <Link href={hrefFor(undefined)}>Show every assessment</Link>
          </p>
        ) : null}
        {assessments.total === 0 ? (
          <p>No assessments{filterLabel ? ` ${filterLabel}` : ""}.</p>
        ) : (
          <>
            <AssessmentsTable
              caption={`Assessments in ${round.name}`}
              rows={assessments.rows}
              by="organisation"
            />
            <Pagination
              page={assessments.page}
              pageCount={assessments.pageCount}
              total={assessments.total}
              pageSize={MATURITY_PAGE_SIZE}
              noun="assessments"
              hrefFor={(page) => hrefFor(query.status, page)}
            />
          </>
        )}
      </section>
    </>
  );
}
