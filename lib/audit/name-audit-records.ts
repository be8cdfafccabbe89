import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { auditPolicy } from "./policy";

/** A person, organisation or record an audit record names, as the trail shows it. */
export interface NamedRecord {
  name: string;
  /** Its page, when it has one. */
  href?: string;
}

/** Names by `Type:id` (record types as audit records store them, and "User" for people). */
export type AuditNames = Map<string, NamedRecord>;

export const nameKey = (type: string, id: string) => `${type}:${id}`;

/** Record types in words, for the trail. */
export const recordTypeLabels: Record<string, string> = {
  User: "Person",
  Organisation: "Organisation",
  Place: "Place",
  KeyContact: "Key contact",
  SystemInUse: "System in use",
  Membership: "Membership",
  Invitation: "Invitation",
  DataNeed: "Data need",
  DataCategory: "Kind of data",
  Pathway: "Pathway",
  PathwayStep: "Pathway step",
  InformationFlow: "Information flow",
  MaturityFramework: "Maturity framework",
  FrameworkVersion: "Framework version",
  FrameworkDimension: "Framework dimension",
  FrameworkQuestion: "Framework question",
  AssessmentRound: "Assessment round",
  Assessment: "Assessment",
  AssessmentAnswer: "Assessment answer",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface NameableEvent {
  actorId: string | null;
  actingOrganisation: { id: string } | null;
  entityType: string | null;
  entityId: string | null;
}

type Db = DbTransaction;
type Lookup = (db: Db, ids: string[]) => Promise<[string, NamedRecord][]>;

// One query per record type on the page, whatever the number of records: never one per row.
const lookups: Record<string, Lookup> = {
  User: async (db, ids) =>
    (
      await db.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, email: true },
      })
    ).map((u) => [u.id, { name: `${u.name} (${u.email})`, href: `/people/${u.id}` }]),
  Organisation: async (db, ids) =>
    (
      await db.organisation.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((o) => [o.id, { name: o.name, href: `/organisations/${o.id}` }]),
  Place: async (db, ids) =>
    (await db.place.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
      (p) => [p.id, { name: p.name, href: "/organisations/places" }],
    ),
  KeyContact: async (db, ids) =>
    (
      await db.keyContact.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, organisation: { select: { id: true, name: true } } },
      })
    ).map((c) => [
      c.id,
      { name: `${c.name}, ${c.organisation.name}`, href: `/organisations/${c.organisation.id}` },
    ]),
  SystemInUse: async (db, ids) =>
    (
      await db.systemInUse.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          supplier: true,
          product: true,
          organisation: { select: { id: true, name: true } },
        },
      })
    ).map((s) => [
      s.id,
      {
        name: `${s.supplier} ${s.product}, ${s.organisation.name}`,
        href: `/organisations/${s.organisation.id}`,
      },
    ]),
  Invitation: async (db, ids) =>
    (
      await db.invitation.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          user: { select: { name: true } },
          organisation: { select: { id: true, name: true } },
        },
      })
    ).map((i) => [
      i.id,
      {
        name: `${i.user.name} to ${i.organisation.name}`,
        href: `/organisations/${i.organisation.id}`,
      },
    ]),
  DataNeed: async (db, ids) =>
    (
      await db.dataNeed.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          teamOrRole: true,
          dataCategory: { select: { name: true } },
          organisation: { select: { id: true, name: true } },
        },
      })
    ).map((n) => [
      n.id,
      {
        name: `${n.dataCategory.name} for ${n.teamOrRole}, ${n.organisation.name}`,
        href: `/organisations/${n.organisation.id}/data-needs`,
      },
    ]),
  DataCategory: async (db, ids) =>
    (
      await db.dataCategory.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((c) => [c.id, { name: c.name, href: "/data-categories" }]),
  Pathway: async (db, ids) =>
    (
      await db.pathway.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    ).map((p) => [p.id, { name: p.name, href: `/pathways/${p.id}` }]),
  PathwayStep: async (db, ids) =>
    (
      await db.pathwayStep.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, pathway: { select: { id: true, name: true } } },
      })
    ).map((s) => [
      s.id,
      { name: `${s.name}, ${s.pathway.name}`, href: `/pathways/${s.pathway.id}` },
    ]),
  InformationFlow: async (db, ids) =>
    (
      await db.informationFlow.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          fromStep: { select: { name: true } },
          toStep: { select: { name: true } },
          pathway: { select: { id: true, name: true } },
        },
      })
    ).map((f) => [
      f.id,
      {
        name: `${f.fromStep.name} to ${f.toStep.name}, ${f.pathway.name}`,
        href: `/pathways/${f.pathway.id}`,
      },
    ]),
  MaturityFramework: async (db, ids) =>
    (
      await db.maturityFramework.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((f) => [f.id, { name: f.name, href: `/maturity/frameworks/${f.id}` }]),
  AssessmentRound: async (db, ids) =>
    (
      await db.assessmentRound.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true },
      })
    ).map((r) => [r.id, { name: r.name, href: `/maturity/rounds/${r.id}` }]),
  Assessment: async (db, ids) =>
    (
      await db.assessment.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          round: { select: { name: true } },
          organisation: { select: { name: true } },
        },
      })
    ).map((a) => [
      a.id,
      { name: `${a.round.name}: ${a.organisation.name}`, href: `/maturity/assessments/${a.id}` },
    ]),
};

/**
 * The names (and pages) of the people, organisations and records a page of the audit trail
 * mentions: who did it, the organisation they acted for and the record it was about. One query
 * per type of record, for the whole page. A record since removed has no name here, and the trail
 * says so. Programme leads and platform admins only, as for the trail itself.
 */
export async function nameAuditRecords(
  actor: Actor,
  events: readonly NameableEvent[],
): Promise<AuditNames> {
  if (!auditPolicy.canBrowse(actor)) {
    throw new AppError(
      "FORBIDDEN",
      "Only programme leads and platform admins can read the audit trail.",
    );
  }
  const wanted = new Map<string, Set<string>>();
  const want = (type: string, id: string | null | undefined) => {
    if (!id || !UUID.test(id) || !(type in lookups)) return;
    const ids = wanted.get(type) ?? new Set<string>();
    ids.add(id);
    wanted.set(type, ids);
  };
  for (const event of events) {
    want("User", event.actorId);
    want("Organisation", event.actingOrganisation?.id);
    if (event.entityType) want(event.entityType, event.entityId);
  }
  const prisma = await getPrisma();
  const found = await Promise.all(
    [...wanted].map(async ([type, ids]) => {
      const lookup = lookups[type] as Lookup;
      const rows = await lookup(prisma, [...ids]);
      return rows.map(([id, named]) => [nameKey(type, id), named] as const);
    }),
  );
  return new Map(found.flat());
}
