import "server-only";

import { agreementPolicy } from "@/lib/agreements/policy";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { maturityPolicy } from "@/lib/maturity/policy";
import { organisationPolicy } from "@/lib/organisations/policy";
import { pathwayPolicy } from "@/lib/pathways/policy";

// Links in posts to platform records (an organisation, a pathway, a pathway step, an agreement, a
// maturity framework's dimension) are shown as cards under the post, but only for records the reader may read: any other link
// stays a plain link, so a card never tells anyone what they could not open themselves.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const RECORD_LINK = new RegExp(
  `\\]\\((?:https?://[^/\\s)]+)?/(organisations|pathways|agreements)/(${UUID})(?:/steps/(${UUID}))?[/?#)]`,
  "gi",
);
// A dimension has no page of its own: it is a section of its framework's page.
const DIMENSION_LINK = new RegExp(
  `\\]\\((?:https?://[^/\\s)]+)?/maturity/frameworks/(${UUID})(?:\\?[^#)\\s]*)?#dimension-(${UUID})\\)`,
  "gi",
);

export interface RecordCard {
  href: string;
  kind: "Organisation" | "Pathway" | "Pathway step" | "Agreement" | "Maturity dimension";
  title: string;
  detail: string;
}

interface RecordLink {
  area: "organisations" | "pathways" | "agreements" | "dimensions";
  id: string;
  /** A pathway's step, or a dimension's framework. */
  stepId: string | null;
}

/** The platform records a post's Markdown links to, each once, in order. */
export function recordLinks(markdown: string): RecordLink[] {
  const seen = new Set<string>();
  const links: RecordLink[] = [];
  for (const match of markdown.matchAll(RECORD_LINK)) {
    const area = (match[1] ?? "").toLowerCase() as RecordLink["area"];
    const id = (match[2] ?? "").toLowerCase();
    const stepId = area === "pathways" && match[3] ? match[3].toLowerCase() : null;
    const key = `${area}/${id}/${stepId ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ area, id, stepId });
  }
  for (const match of markdown.matchAll(DIMENSION_LINK)) {
    const frameworkId = (match[1] ?? "").toLowerCase();
    const id = (match[2] ?? "").toLowerCase();
    if (seen.has(`dimensions/${id}`)) continue;
    seen.add(`dimensions/${id}`);
    links.push({ area: "dimensions", id, stepId: frameworkId });
  }
  return links.slice(0, 10);
}

/** Cards for the records these posts link to that the reader may read, by post id. */
export async function recordCards(
  db: DbTransaction,
  actor: Actor,
  posts: readonly { id: string; body: string }[],
): Promise<Map<string, RecordCard[]>> {
  const linksByPost = posts.map((post) => ({ post, links: recordLinks(post.body) }));
  const all = linksByPost.flatMap((entry) => entry.links);
  const ids = (area: RecordLink["area"]) => [
    ...new Set(
      all
        .filter((link) => link.area === area && (area === "dimensions" || !link.stepId))
        .map((link) => link.id),
    ),
  ];
  const stepIds = [
    ...new Set(
      all.flatMap((link) => (link.area === "pathways" && link.stepId ? [link.stepId] : [])),
    ),
  ];
  const pathwayWhere = pathwayPolicy.canSeeDrafts(actor)
    ? { status: { not: "ARCHIVED" as const } }
    : { status: "PUBLISHED" as const };
  const organisationIds = ids("organisations");
  const pathwayIds = ids("pathways");
  const agreementIds = ids("agreements");
  const dimensionIds = ids("dimensions");
  // Most posts link to nothing: only the kinds of record linked to are read.
  const [organisations, pathways, steps, agreements, dimensions] = await Promise.all([
    organisationIds.length > 0 && organisationPolicy.canRead(actor)
      ? db.organisation.findMany({
          where: {
            id: { in: organisationIds },
            ...(organisationPolicy.canSeeArchived(actor) ? {} : { archivedAt: null }),
          },
          select: { id: true, name: true, type: true },
        })
      : [],
    pathwayIds.length > 0
      ? db.pathway.findMany({
          where: { id: { in: pathwayIds }, ...pathwayWhere },
          select: { id: true, name: true, population: true },
        })
      : [],
    stepIds.length > 0
      ? db.pathwayStep.findMany({
          where: { id: { in: stepIds }, pathway: pathwayWhere },
          select: {
            id: true,
            name: true,
            performerRole: true,
            pathwayId: true,
            pathway: { select: { name: true } },
          },
        })
      : [],
    agreementIds.length > 0
      ? db.agreement.findMany({
          where: { AND: [{ id: { in: agreementIds } }, agreementPolicy.readableWhere(actor)] },
          select: { id: true, title: true, reference: true, status: true },
        })
      : [],
    dimensionIds.length > 0 && maturityPolicy.canReadFrameworks(actor)
      ? db.frameworkDimension.findMany({
          where: { id: { in: dimensionIds } },
          select: {
            id: true,
            name: true,
            version: {
              select: { number: true, frameworkId: true, framework: { select: { name: true } } },
            },
          },
        })
      : [],
  ]);
  const cards = new Map<string, RecordCard[]>();
  for (const { post, links } of linksByPost) {
    const list: RecordCard[] = [];
    for (const link of links) {
      if (link.area === "organisations") {
        const found = organisations.find((record) => record.id === link.id);
        if (found)
          list.push({
            href: `/organisations/${found.id}`,
            kind: "Organisation",
            title: found.name,
            detail: found.type.replaceAll("_", " ").toLowerCase(),
          });
      } else if (link.area === "pathways" && link.stepId) {
        const found = steps.find(
          (record) => record.id === link.stepId && record.pathwayId === link.id,
        );
        if (found)
          list.push({
            href: `/pathways/${found.pathwayId}`,
            kind: "Pathway step",
            title: found.name,
            detail: `${found.performerRole}, in ${found.pathway.name}`,
          });
      } else if (link.area === "pathways") {
        const found = pathways.find((record) => record.id === link.id);
        if (found)
          list.push({
            href: `/pathways/${found.id}`,
            kind: "Pathway",
            title: found.name,
            detail: found.population,
          });
      } else if (link.area === "dimensions") {
        const found = dimensions.find(
          (record) => record.id === link.id && record.version.frameworkId === link.stepId,
        );
        if (found)
          list.push({
            href: `/maturity/frameworks/${found.version.frameworkId}?version=${found.version.number}#dimension-${found.id}`,
            kind: "Maturity dimension",
            title: found.name,
            detail: `${found.version.framework.name}, version ${found.version.number}`,
          });
      } else {
        const found = agreements.find((record) => record.id === link.id);
        if (found)
          list.push({
            href: `/agreements/${found.id}`,
            kind: "Agreement",
            title: found.title,
            detail: found.reference ?? "",
          });
      }
    }
    if (list.length > 0) cards.set(post.id, list);
  }
  return cards;
}
