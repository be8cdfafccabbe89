import { ScrollRegion } from "@/components/layout/scroll-region";
import { agreementStatuses, agreementStatusLabels } from "@/lib/agreements/labels";
import { activeAgreements, percentage } from "@/lib/dashboard/figures";
import {
  commitmentStatuses,
  commitmentStatusLabels,
  engagementLevelLabels,
  engagementLevels,
  trendSeriesLabels,
  type TrendSeries,
} from "@/lib/dashboard/labels";
import type { BoardReport } from "@/lib/dashboard/report";
import { formatScore } from "@/lib/maturity/results/format-score";
import { SMALLEST_GROUP } from "@/lib/maturity/statistics";

import { SvgBarChart, SvgLineChart } from "./svg-bar-chart";
import { monthLabel } from "./trends-section";

// The board report: a one-page summary, then a section per area, each starting a new page when
// printed. Tables repeat their header row on each printed page (report.css).

const dayLabel = (day: string) =>
  day
    ? new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      })
    : "";

function Table({
  caption,
  headings,
  rows,
}: {
  caption: string;
  headings: string[];
  rows: (string | number)[][];
}) {
  return (
    <ScrollRegion label={caption} className="report-table">
      <table className="nhs-table bg-white text-sm">
        <caption className="text-left font-bold">{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={headings.length}>None in the period.</td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) =>
                  column === 0 ? (
                    <th key={column} scope="row" className="font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={column}>{cell}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const more = (list: { total: number; rows: unknown[] }) =>
  list.total > list.rows.length ? ` (the first ${list.rows.length} of ${list.total})` : "";

export function ReportView({ report }: { report: BoardReport }) {
  const { figures, changes, maturity } = report;
  const scope = report.place ? report.place.name : "the whole coalition";
  const flowsTotal = figures.flows.blocked + figures.flows.atRisk + figures.flows.ready;
  const series: TrendSeries[] = ["supportiveOrLeading", "commitmentsDone", "flowsReady"];
  return (
    <article data-board-report="" data-print-view="" className="board-report">
      <section className="report-section">
        <h1>Board report: {scope}</h1>
        <p className="nhs-lede">
          {dayLabel(report.from)} to {dayLabel(report.to)}
        </p>
        <h2>Summary</h2>
        <ul className="report-summary">
          <li>
            <strong>{figures.organisations}</strong> organisations;{" "}
            <strong>{figures.engagement.belowDesired}</strong> below the engagement the programme
            wants of them,{" "}
            {figures.engagement.current.SUPPORTIVE + figures.engagement.current.LEADING} supportive
            or leading.
          </li>
          <li>
            <strong>{figures.commitments.overdue}</strong> commitments overdue and{" "}
            {figures.commitments.dueSoon} due in the next 30 days; {changes.commitmentsDone.total}{" "}
            done in the period, {changes.commitmentsAtRisk.total} at risk.
          </li>
          <li>
            <strong>{figures.flows.blocked}</strong> of {flowsTotal} flows in pathways blocked,{" "}
            {figures.flows.atRisk} at risk, {figures.flows.ready} ready.
          </li>
          <li>
            <strong>{figures.dataNeeds.unmet}</strong> data needs not met,{" "}
            {figures.dataNeeds.partly} partly met, {figures.dataNeeds.met} met.
          </li>
          <li>
            <strong>{activeAgreements(figures)}</strong> agreements in force;{" "}
            {changes.agreementsSigned.total} signed in the period
            {figures.agreements.flowsWithout !== null
              ? `; ${figures.agreements.flowsWithout} flows without an agreement in force`
              : ""}
            .
          </li>
          <li>
            {maturity
              ? `Digital maturity: ${maturity.round.name}, results from ${maturity.round.organisations} organisations.`
              : "Digital maturity: no round has enough results yet."}{" "}
            {changes.roundsClosed.total} rounds closed in the period.
          </li>
          <li>
            Forums: {figures.forums.topics} discussions and {figures.forums.posts} posts in the last
            30 days
            {figures.forums.topics > 0
              ? `, ${percentage(figures.forums.solved, figures.forums.topics)}% of those discussions solved`
              : ""}
            .
          </li>
        </ul>
      </section>

      <section className="report-section">
        <h2>Engagement</h2>
        <SvgBarChart
          label="Organisations by current engagement, as in the table below"
          bars={engagementLevels.map((level) => ({
            label: engagementLevelLabels[level],
            value: figures.engagement.current[level],
          }))}
        />
        <Table
          caption="Organisations by engagement"
          headings={["Level", "Current", "Desired"]}
          rows={engagementLevels.map((level) => [
            engagementLevelLabels[level],
            figures.engagement.current[level],
            figures.engagement.desired[level],
          ])}
        />
        <Table
          caption={`Engagement changes in the period${more(changes.engagement)}`}
          headings={["Organisation", "From", "To", "Why", "On"]}
          rows={changes.engagement.rows.map((row) => [
            row.organisation,
            row.from ? engagementLevelLabels[row.from] : "",
            engagementLevelLabels[row.to],
            row.reason,
            dayLabel(row.on),
          ])}
        />
      </section>

      <section className="report-section">
        <h2>Commitments</h2>
        <SvgBarChart
          label="Commitments by status, as in the table below"
          bars={commitmentStatuses.map((status) => ({
            label: commitmentStatusLabels[status],
            value: figures.commitments.byStatus[status],
          }))}
        />
        <Table
          caption="Commitments by status"
          headings={["Status", "Commitments"]}
          rows={commitmentStatuses.map((status) => [
            commitmentStatusLabels[status],
            figures.commitments.byStatus[status],
          ])}
        />
        <Table
          caption={`Commitments done in the period${more(changes.commitmentsDone)}`}
          headings={["Commitment", "Organisation", "Done on"]}
          rows={changes.commitmentsDone.rows.map((row) => [
            row.title,
            row.organisation,
            dayLabel(row.on),
          ])}
        />
        <Table
          caption={`Commitments at risk${more(changes.commitmentsAtRisk)}`}
          headings={["Commitment", "Organisation", "Due"]}
          rows={changes.commitmentsAtRisk.rows.map((row) => [
            row.title,
            row.organisation,
            dayLabel(row.dueOn),
          ])}
        />
      </section>

      <section className="report-section">
        <h2>Pathways and data needs</h2>
        <SvgBarChart
          label="Flows in pathways by readiness, as in the table below"
          bars={[
            { label: "Blocked", value: figures.flows.blocked, colour: 3 },
            { label: "At risk", value: figures.flows.atRisk, colour: 4 },
            { label: "Ready", value: figures.flows.ready, colour: 2 },
          ]}
        />
        <Table
          caption="Flows and data needs"
          headings={["Figure", "Count"]}
          rows={[
            ["Flows blocked", figures.flows.blocked],
            ["Flows at risk", figures.flows.atRisk],
            ["Flows ready", figures.flows.ready],
            ["Data needs met", figures.dataNeeds.met],
            ["Data needs partly met", figures.dataNeeds.partly],
            ["Data needs not met", figures.dataNeeds.unmet],
          ]}
        />
      </section>

      <section className="report-section">
        <h2>Digital maturity</h2>
        {maturity ? (
          <>
            <SvgBarChart
              label={`Median score per dimension, ${maturity.round.name}, as in the table below`}
              bars={maturity.dimensions.map((dimension) => ({
                label: dimension.name,
                value: dimension.distribution?.median ?? 0,
                colour: 0,
              }))}
            />
            <Table
              caption={`Spread of scores per dimension, ${maturity.round.name} (1 to 5; fewer than ${SMALLEST_GROUP} organisations not shown)`}
              headings={["Dimension", "Organisations", "Lowest", "Median", "Highest"]}
              rows={maturity.dimensions.map((dimension) => {
                const d = dimension.distribution;
                return d
                  ? [
                      dimension.name,
                      d.count,
                      formatScore(d.min),
                      formatScore(d.median),
                      formatScore(d.max),
                    ]
                  : [dimension.name, "Too few to show", "", "", ""];
              })}
            />
          </>
        ) : (
          <p>No assessment round has results from {SMALLEST_GROUP} or more organisations yet.</p>
        )}
        <Table
          caption={`Rounds closed in the period${more(changes.roundsClosed)}`}
          headings={["Round", "Closed on"]}
          rows={changes.roundsClosed.rows.map((row) => [row.name, dayLabel(row.closesOn)])}
        />
      </section>

      <section className="report-section">
        <h2>Agreements</h2>
        <SvgBarChart
          label="Data sharing agreements by status, as in the table below"
          bars={agreementStatuses.map((status) => ({
            label: agreementStatusLabels[status],
            value: figures.agreements.byStatus[status],
          }))}
        />
        <Table
          caption="Agreements by status"
          headings={["Status", "Agreements"]}
          rows={agreementStatuses.map((status) => [
            agreementStatusLabels[status],
            figures.agreements.byStatus[status],
          ])}
        />
        <Table
          caption={`Agreements signed in the period${more(changes.agreementsSigned)}`}
          headings={["Reference", "Title", "Last signed on"]}
          rows={changes.agreementsSigned.rows.map((row) => [
            row.reference,
            row.title,
            dayLabel(row.on),
          ])}
        />
      </section>

      <section className="report-section">
        <h2>Forums and trends</h2>
        <Table
          caption="Forum activity in the last 30 days"
          headings={["Figure", "Count"]}
          rows={[
            ["Discussions started", figures.forums.topics],
            ["Posts", figures.forums.posts],
            ["Discussions solved", figures.forums.solved],
          ]}
        />
        {report.trends.length > 0 ? (
          <>
            {series.map((key) => (
              <figure key={key} className="m-0 mt-4">
                <figcaption className="font-bold">
                  {trendSeriesLabels[key]}, month by month
                </figcaption>
                <SvgLineChart
                  label={`${trendSeriesLabels[key]} month by month, as in the table below`}
                  months={report.trends.map((point) => monthLabel(point.month))}
                  values={report.trends.map((point) => point.values[key])}
                />
              </figure>
            ))}
            <Table
              caption="Trends, month by month"
              headings={["Month", ...series.map((key) => trendSeriesLabels[key])]}
              rows={report.trends.map((point) => [
                monthLabel(point.month),
                ...series.map((key) => point.values[key]),
              ])}
            />
          </>
        ) : (
          <p>No monthly figures are kept yet.</p>
        )}
      </section>
    </article>
  );
}
