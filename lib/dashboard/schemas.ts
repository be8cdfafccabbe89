import { z } from "zod";

import { agreementStatuses } from "@/lib/agreements/labels";
import type { AgreementStatus, OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";

import { commitmentStatuses, engagementLevels, stakeholderRatings } from "./labels";

const organisationType = z.enum(organisationTypes as [OrganisationType, ...OrganisationType[]]);

/** The dashboard's filters, from the address bar: anything unknown filters nothing. */
export const dashboardQuerySchema = z.object({
  place: z.uuid().optional().catch(undefined),
  type: organisationType.optional().catch(undefined),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** What a figure is counted over: the whole coalition, or a place and/or a type of organisation. */
export interface DashboardFilters {
  placeId?: string;
  organisationType?: OrganisationType;
}

const day = z.iso.date();

/** The board report's place and period: from and to are days, the period defaults to 3 months. */
export const reportQuerySchema = z
  .object({
    place: z.uuid().optional().catch(undefined),
    from: day.optional().catch(undefined),
    to: day.optional().catch(undefined),
  })
  .transform(({ place, from, to }, context) => {
    const end = to ?? new Date().toISOString().slice(0, 10);
    const start = from ?? threeMonthsBefore(end);
    if (start > end) {
      context.addIssue({ code: "custom", message: "The period must start before it ends" });
      return z.NEVER;
    }
    return { place, from: start, to: end };
  });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

function threeMonthsBefore(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - 3);
  return date.toISOString().slice(0, 10);
}

const count = z.number().int().min(0);
const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, count])) as Record<K, typeof count>);

/**
 * The programme's figures for one scope (the coalition, a place or a type of organisation): what
 * the dashboard shows as numbers and what a monthly snapshot keeps. Names nobody.
 */
export const programmeFiguresSchema = z.object({
  organisations: count,
  engagement: z.object({
    current: countsOf(engagementLevels),
    desired: countsOf([...engagementLevels, "UNSET"] as const),
    /** Organisations whose current level is below their desired level. */
    belowDesired: count,
  }),
  /** Organisations by influence (rows) and interest (columns), low first; unrated ones left out. */
  grid: z.array(z.array(count).length(stakeholderRatings.length)).length(stakeholderRatings.length),
  commitments: z.object({
    byStatus: countsOf(commitmentStatuses),
    /** Open, in progress or at risk, due in the next 30 days. */
    dueSoon: count,
    /** Open, in progress or at risk, past their due date. */
    overdue: count,
  }),
  /** Flows of the pathways, by readiness. */
  flows: z.object({ blocked: count, atRisk: count, ready: count }),
  dataNeeds: z.object({ met: count, partly: count, unmet: count }),
  agreements: z.object({
    byStatus: countsOf(agreementStatuses as readonly AgreementStatus[]),
    /** Flows between organisations with no agreement covering them; null where not counted. */
    flowsWithout: count.nullable(),
  }),
  forums: z.object({
    /** Discussions started in the last 30 days. */
    topics: count,
    /** Posts published in the last 30 days. */
    posts: count,
    /** Of the discussions started in the last 30 days, how many have an accepted answer. */
    solved: count,
  }),
});
export type ProgrammeFigures = z.infer<typeof programmeFiguresSchema>;

/** A monthly snapshot's figures: the coalition's, each place's and each organisation type's. */
export const snapshotFiguresSchema = z.object({
  overall: programmeFiguresSchema,
  byPlace: z.record(z.string(), programmeFiguresSchema),
  byType: z.record(z.string(), programmeFiguresSchema),
});
export type SnapshotFigures = z.infer<typeof snapshotFiguresSchema>;
