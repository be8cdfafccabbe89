import Link from "@/components/ui/link";

import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { agreementStatuses, agreementStatusLabels } from "@/lib/agreements/labels";
import { percentage } from "@/lib/dashboard/figures";
import {
  commitmentStatuses,
  commitmentStatusLabels,
  engagementLevelLabels,
  engagementLevels,
  flowsWithoutAgreement,
  stakeholderRatingLabels,
  stakeholderRatings,
} from "@/lib/dashboard/labels";
import { dashboardLinks as links, reportHref } from "@/lib/dashboard/links";
import type { Dashboard } from "@/lib/dashboard/load-dashboard";
import { formatScore } from "@/lib/maturity/results/format-score";
import { DISTRIBUTION_COLUMNS, SMALLEST_GROUP } from "@/lib/maturity/statistics";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

import { CountTable } from "./count-table";
import { GroupedBarChart } from "./dashboard-charts";
import { FigureCard, FigureGrid } from "./figure-card";
import { TrendsSection } from "./trends-section";

const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { figures, filters, canSeeEverything: lead, maturity } = dashboard;
  const flowsTotal = figures.flows.blocked + figures.flows.atRisk + figures.flows.ready;
  const solvedShare = percentage(figures.forums.solved, figures.forums.topics);
  return (
    <>
      <FilterForm action="/dashboard" label="Dashboard">
        <FilterSelect
          id="place"
          label="Place"
          any="All places"
          value={filters.placeId}
          options={dashboard.places.map((place) => ({ value: place.id, label: place.name }))}
        />
        <FilterSelect
          id="type"
          label="Type of organisation"
          any="All types"
          value={filters.organisationType}
          options={organisationTypes.map((type) => ({
            value: type,
            label: organisationTypeLabels[type],
          }))}
        />
      </FilterForm>

      {lead ? (
        <p className="mt-6">
          <Link href={reportHref({ place: filters.placeId })}>
            The board report for a place and period, ready to print
          </Link>
        </p>
      ) : (
        <p className="mt-6">
          You see the coalition&apos;s figures as counts. Named data appears only for your own
          organisations, and maturity only as spreads of {SMALLEST_GROUP} or more organisations.
        </p>
      )}

      <h2 className="mt-8">At a glance</h2>
      <FigureGrid label="The programme at a glance">
        <FigureCard
          value={figures.organisations}
          label="Organisations"
          href={links.organisations(filters)}
        />
        <FigureCard
          value={figures.engagement.belowDesired}
          label="Below their desired engagement"
        />
        <FigureCard
          value={figures.commitments.dueSoon}
          label="Commitments due in the next 30 days"
          href={links.commitments(filters, "due-soon")}
        />
        <FigureCard
          value={figures.commitments.overdue}
          label="Commitments overdue"
          href={links.commitments(filters, "overdue")}
        />
        <FigureCard
          value={figures.flows.blocked}
          label="Flows blocked"
          hint={`of ${flowsTotal} flows in pathways`}
          href={links.pathways()}
        />
        <FigureCard
          value={figures.dataNeeds.unmet}
          label="Data needs not met"
          href={lead ? links.dataNeeds(filters) : null}
        />
        <FigureCard
          value={figures.agreements.byStatus.ACTIVE}
          label="Active agreements"
          href={links.agreements("ACTIVE")}
        />
        {figures.agreements.flowsWithout !== null ? (
          <FigureCard
            value={figures.agreements.flowsWithout}
            label="Flows without an agreement"
            href={links.coverage(filters)}
          />
        ) : (
          <FigureCard
            value={figures.forums.topics}
            label="Discussions started in the last 30 days"
            href={links.forums()}
          />
        )}
      </FigureGrid>

      <h2 className="mt-8">Engagement</h2>
      <GroupedBarChart
        label="Organisations by current and desired engagement, as in the table below"
        categories={engagementLevels.map((level) => engagementLevelLabels[level])}
        bars={[
          {
            key: "current",
            name: "Current",
            values: engagementLevels.map((level) => figures.engagement.current[level]),
          },
          {
            key: "desired",
            name: "Desired",
            values: engagementLevels.map((level) => figures.engagement.desired[level]),
          },
        ]}
      />
      <CountTable
        id="engagement-table"
        caption="Organisations by engagement"
        rowHeading="Level"
        columns={["Current", "Desired"]}
        rows={[
          ...engagementLevels.map((level) => ({
            key: level,
            label: engagementLevelLabels[level],
            cells: [
              {
                value: figures.engagement.current[level],
                href: links.organisations(filters, level),
              },
              { value: figures.engagement.desired[level] },
            ],
          })),
          {
            key: "unset",
            label: "No desired level set",
            cells: [{ value: "" }, { value: figures.engagement.desired.UNSET }],
          },
        ]}
      />

      <h3 className="mt-6">Influence and interest</h3>
      <CountTable
        id="grid-table"
        caption="Organisations by influence (rows) and interest (columns); unrated ones are left out"
        rowHeading="Influence"
        columns={stakeholderRatings.map((rating) => `${stakeholderRatingLabels[rating]} interest`)}
        rows={[...stakeholderRatings].reverse().map((influence) => ({
          key: influence,
          label: `${stakeholderRatingLabels[influence]} influence`,
          cells: stakeholderRatings.map((interest) => ({
            value:
              figures.grid[stakeholderRatings.indexOf(influence)]?.[
                stakeholderRatings.indexOf(interest)
              ] ?? 0,
          })),
        }))}
      />

      <h2 className="mt-8">Commitments</h2>
      <CountTable
        id="commitments-table"
        caption="Commitments by status"
        rowHeading="Status"
        columns={["Commitments"]}
        rows={commitmentStatuses.map((status) => ({
          key: status,
          label: commitmentStatusLabels[status],
          cells: [
            {
              value: figures.commitments.byStatus[status],
              href: links.commitments(filters, status),
            },
          ],
        }))}
      />
      <h3 className="mt-6">
        {lead ? "The most overdue commitments" : "Your organisations' most overdue commitments"}
      </h3>
      {dashboard.overdue.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul data-testid="overdue-commitments">
          {dashboard.overdue.map((commitment) => (
            <li key={commitment.id}>
              <Link href={`/commitments/${commitment.id}`} prefetch={false}>
                {commitment.title}
              </Link>
              , {commitment.organisationName}, due {dayLabel(commitment.dueOn)} (
              {commitmentStatusLabels[commitment.status].toLowerCase()})
            </li>
          ))}
        </ul>
      )}

      <h2 className="mt-8">Pathways and data needs</h2>
      <div className="grid gap-6 md:grid-cols-2">
        <CountTable
          id="flows-table"
          caption="Flows in pathways by readiness"
          rowHeading="Readiness"
          columns={["Flows"]}
          rows={[
            {
              key: "blocked",
              label: "Blocked",
              cells: [{ value: figures.flows.blocked, href: links.pathways() }],
            },
            {
              key: "atRisk",
              label: "At risk",
              cells: [{ value: figures.flows.atRisk, href: links.pathways() }],
            },
            {
              key: "ready",
              label: "Ready",
              cells: [{ value: figures.flows.ready, href: links.pathways() }],
            },
          ]}
        />
        <CountTable
          id="needs-table"
          caption="Data needs by how far they are met"
          rowHeading="Met today"
          columns={["Needs"]}
          rows={[
            { key: "met", label: "Met", cells: [{ value: figures.dataNeeds.met }] },
            {
              key: "partly",
              label: "Partly met",
              cells: [
                { value: figures.dataNeeds.partly, href: lead ? links.dataNeeds(filters) : null },
              ],
            },
            {
              key: "unmet",
              label: "Not met",
              cells: [
                { value: figures.dataNeeds.unmet, href: lead ? links.dataNeeds(filters) : null },
              ],
            },
          ]}
        />
      </div>

      <h2 className="mt-8">Digital maturity</h2>
      {maturity ? (
        <>
          <p>
            <Link href={links.maturity(maturity.round.id, filters)} prefetch={false}>
              {maturity.round.name}
            </Link>
            : results from {maturity.round.organisations} organisations. Scores run from 1 to 5; a
            dimension scored by fewer than {SMALLEST_GROUP} organisations is not shown.
          </p>
          <CountTable
            id="maturity-table"
            caption={`Spread of scores per dimension, ${maturity.round.name}`}
            rowHeading="Dimension"
            columns={[...DISTRIBUTION_COLUMNS]}
            rows={maturity.dimensions.map((dimension) => {
              const d = dimension.distribution;
              return {
                key: dimension.key,
                label: dimension.name,
                cells: d
                  ? [d.count, d.min, d.lowerQuartile, d.median, d.upperQuartile, d.max].map(
                      (value, index) => ({
                        value: index === 0 ? value : formatScore(value),
                      }),
                    )
                  : [
                      { value: "Too few to show" },
                      ...Array.from({ length: 5 }, () => ({ value: "" })),
                    ],
              };
            })}
          />
        </>
      ) : (
        <p>No assessment round has results from {SMALLEST_GROUP} or more organisations here yet.</p>
      )}

      <h2 className="mt-8">Agreements</h2>
      <CountTable
        id="agreements-table"
        caption="Data sharing agreements by status"
        rowHeading="Status"
        columns={["Agreements"]}
        rows={agreementStatuses.map((status) => ({
          key: status,
          label: agreementStatusLabels[status],
          cells: [{ value: figures.agreements.byStatus[status], href: links.agreements(status) }],
        }))}
      />
      {figures.agreements.flowsWithout !== null ? (
        <p className="mt-4">
          <Link href={links.coverage(filters)} prefetch={false}>
            {flowsWithoutAgreement(figures.agreements.flowsWithout)}
          </Link>
        </p>
      ) : null}

      <h2 className="mt-8">Forums</h2>
      <FigureGrid label="Forum activity in the last 30 days">
        <FigureCard
          value={figures.forums.topics}
          label="Discussions started in the last 30 days"
          href={links.forums()}
        />
        <FigureCard
          value={figures.forums.posts}
          label="Posts in the last 30 days"
          href={links.forums()}
        />
        <FigureCard
          value={solvedShare === null ? "None" : `${solvedShare}%`}
          label="Of those discussions, solved"
        />
      </FigureGrid>

      <h2 className="mt-8">Trends</h2>
      <TrendsSection
        trends={dashboard.trends}
        bothFilters={Boolean(filters.placeId && filters.organisationType)}
      />
    </>
  );
}
