import { trendSeriesLabels, type TrendSeries } from "@/lib/dashboard/labels";
import type { TrendPoint } from "@/lib/dashboard/snapshots";

import { CountTable } from "./count-table";
import { TrendLineChart } from "./dashboard-charts";

const CHARTS: { title: string; series: TrendSeries[] }[] = [
  { title: "Engagement", series: ["supportiveOrLeading", "belowDesired"] },
  { title: "Commitments", series: ["commitmentsDone", "commitmentsOverdue"] },
  { title: "Flows and agreements", series: ["flowsReady", "flowsBlocked", "agreementsActive"] },
  { title: "Data needs", series: ["needsUnmet"] },
];

export const monthLabel = (month: string) =>
  month === "now"
    ? "Now"
    : new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", {
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      });

/** The main figures month by month, as line charts and, for everyone, as one table. */
export function TrendsSection({
  trends,
  bothFilters,
}: {
  trends: TrendPoint[];
  bothFilters: boolean;
}) {
  if (trends.length === 0) {
    return (
      <p>
        {bothFilters
          ? "Trends are kept for a place or for a type of organisation, not both at once: clear one filter to see them."
          : "No monthly figures are kept yet. The first are taken on the first day of next month."}
      </p>
    );
  }
  const months = trends.map((point) => monthLabel(point.month));
  const series = Object.keys(trendSeriesLabels) as TrendSeries[];
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        {CHARTS.map((chart) => (
          <figure key={chart.title} className="m-0">
            <figcaption className="font-bold">{chart.title}, month by month</figcaption>
            <TrendLineChart
              months={months}
              label={`${chart.title} over the last ${trends.length} months, as in the table of trends below`}
              lines={chart.series.map((key) => ({
                key,
                name: trendSeriesLabels[key],
                values: trends.map((point) => point.values[key]),
              }))}
            />
          </figure>
        ))}
      </div>
      <CountTable
        id="trends-table"
        caption="Trends, month by month (figures at each month's end)"
        rowHeading="Figure"
        columns={months}
        rows={series.map((key) => ({
          key,
          label: trendSeriesLabels[key],
          cells: trends.map((point) => ({ value: point.values[key] })),
        }))}
      />
    </>
  );
}
