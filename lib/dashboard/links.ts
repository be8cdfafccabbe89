import { coalitionHref } from "@/lib/data-needs/links";
import type {
  AgreementStatus,
  CommitmentStatus,
  EngagementLevel,
} from "@/lib/generated/prisma/enums";
import { roundResultsHref } from "@/lib/maturity/results/links";

import type { DashboardFilters } from "./schemas";

// The list behind each figure, with the dashboard's filters carried over where the list has them.

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

const scope = (filters: DashboardFilters) => ({
  place: filters.placeId,
  type: filters.organisationType,
});

/** The dashboard itself with other filters. */
export const dashboardHref = (filters: DashboardFilters) => withQuery("/dashboard", scope(filters));

export const dashboardLinks = {
  organisations: (filters: DashboardFilters, engagement?: EngagementLevel) =>
    withQuery("/organisations", { ...scope(filters), engagement, status: "active" }),
  /** `status` is a commitment status, or "due-soon" / "overdue". */
  commitments: (filters: DashboardFilters, status?: CommitmentStatus | "due-soon" | "overdue") =>
    withQuery("/commitments", {
      ...(status === "due-soon"
        ? { dueWithin: "30" }
        : status === "overdue"
          ? { overdue: "yes" }
          : { status }),
      ...scope(filters),
    }),
  interactions: (filters: DashboardFilters) => withQuery("/interactions", scope(filters)),
  pathways: () => "/pathways",
  dataNeeds: (filters: DashboardFilters) =>
    coalitionHref("/data-needs/list", {
      place: filters.placeId,
      type: filters.organisationType,
    }),
  maturity: (roundId: string, filters: DashboardFilters) =>
    roundResultsHref(roundId, {
      sort: "name",
      order: "asc",
      page: 1,
      place: filters.placeId,
      type: filters.organisationType,
    }),
  agreements: (status?: AgreementStatus) => withQuery("/agreements", { status }),
  coverage: (filters: DashboardFilters) => withQuery("/agreements/coverage", scope(filters)),
  forums: () => "/forums",
};

/** The board report for a place and period, and its spreadsheet. */
export const reportHref = (query: { place?: string; from?: string; to?: string }) =>
  withQuery("/dashboard/report", query);
export const reportSpreadsheetHref = (query: { place?: string; from?: string; to?: string }) =>
  withQuery("/dashboard/report/export.xlsx", query);
