import "server-only";

import { agreementPolicy } from "@/lib/agreements/policy";
import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import { type CoverageAgreement, type CoverageFlow, liveAgreementStatuses } from "./coverage";

export interface CoverageAgreements {
  agreements: CoverageAgreement[];
  /** The agreements the reader may open, or "all"; the rest count but are not named. */
  readable: ReadonlySet<string> | "all";
}

/**
 * Every live agreement that could cover any of the flows: those that list one of them, and those
 * that cover by rule with a party among the flows' organisations. Three queries for the agreements
 * and their parties, data and listed flows, and one for what the reader may open, whatever the
 * number of flows. Without a reader nothing is named.
 */
export async function loadCoverageAgreements(
  db: DbTransaction,
  flows: readonly CoverageFlow[],
  reader?: Actor,
): Promise<CoverageAgreements> {
  const flowIds = [...new Set(flows.map((flow) => flow.id))];
  const organisationIds = [
    ...new Set(
      flows.flatMap((flow) =>
        [flow.from.organisationId, flow.to.organisationId].filter((id): id is string => !!id),
      ),
    ),
  ];
  if (flowIds.length === 0) return { agreements: [], readable: new Set() };

  const rows = await db.agreement.findMany({
    where: {
      status: { in: [...liveAgreementStatuses] },
      OR: [
        { flows: { some: { flowId: { in: flowIds } } } },
        ...(organisationIds.length > 0
          ? [{ coversByRule: true, parties: { some: { organisationId: { in: organisationIds } } } }]
          : []),
      ],
    },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      coversByRule: true,
      reviewDate: true,
      endDate: true,
      parties: { select: { organisationId: true } },
      dataCategories: { select: { dataCategoryId: true } },
      flows: { where: { flowId: { in: flowIds } }, select: { flowId: true } },
    },
  });
  const agreements = rows.map(({ parties, dataCategories, flows: listed, ...agreement }) => ({
    ...agreement,
    partyOrganisationIds: parties.map((party) => party.organisationId),
    dataCategoryIds: dataCategories.map((category) => category.dataCategoryId),
    flowIds: listed.map((flow) => flow.flowId),
  }));

  if (reader && isProgrammeLead(reader)) return { agreements, readable: "all" };
  if (!reader || agreements.length === 0) return { agreements, readable: new Set() };
  const readable = await db.agreement.findMany({
    where: {
      AND: [
        { id: { in: agreements.map((agreement) => agreement.id) } },
        agreementPolicy.readableWhere(reader),
      ],
    },
    select: { id: true },
  });
  return { agreements, readable: new Set(readable.map((row) => row.id)) };
}
