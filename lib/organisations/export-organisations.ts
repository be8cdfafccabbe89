import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { engagementLevelLabels } from "@/lib/engagement/labels";
import { AppError } from "@/lib/errors";

import { type CsvRecord, writeOrganisationCsv } from "./csv-file";
import { directoryOrderBy, directoryWhere } from "./list-organisations";
import { organisationPolicy } from "./policy";
import type { DirectoryQuery } from "./schemas";
import { organisationTypeLabels, sizeBandLabels } from "./types";

/**
 * The directory as a CSV file: every organisation the search and filters find (all pages), in the
 * directory's order, in the columns the import reads, so the file imports again unchanged.
 * Archived organisations are left out, as the import cannot bring them back.
 */
export async function exportOrganisationsCsv(actor: Actor, query: DirectoryQuery): Promise<string> {
  if (!organisationPolicy.canExport(actor)) {
    throw new AppError("FORBIDDEN", "You cannot export the directory.");
  }
  const prisma = await getPrisma();
  const organisations = await prisma.organisation.findMany({
    where: { ...directoryWhere(actor, query), archivedAt: null },
    orderBy: directoryOrderBy(query),
    select: {
      name: true,
      odsCode: true,
      type: true,
      engagementCurrent: true,
      address: true,
      postcode: true,
      website: true,
      sizeBand: true,
      place: { select: { name: true } },
    },
  });
  return writeOrganisationCsv(
    organisations.map((organisation): CsvRecord => ({
      odsCode: organisation.odsCode ?? "",
      name: organisation.name,
      type: organisationTypeLabels[organisation.type],
      place: organisation.place.name,
      engagementCurrent: engagementLevelLabels[organisation.engagementCurrent],
      address: organisation.address ?? "",
      postcode: organisation.postcode ?? "",
      website: organisation.website ?? "",
      sizeBand: organisation.sizeBand ? sizeBandLabels[organisation.sizeBand] : "",
    })),
  );
}

/** The file name of an export made at `now`, such as organisations-2026-03-01.csv. */
export const exportFileName = (now = new Date()) =>
  `organisations-${now.toISOString().slice(0, 10)}.csv`;
