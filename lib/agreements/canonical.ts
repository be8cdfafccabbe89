import { createHash } from "node:crypto";

import type { Agreement, AgreementParty } from "@/lib/generated/prisma/client";

// What signatories sign: one canonical serialisation of an agreement's substantive content, so that
// the same content always gives the same SHA-256 and any change gives another.

type Details = Omit<
  Agreement,
  | "id"
  | "status"
  | "versionNumber"
  | "lockVersion"
  | "published"
  | "statusReason"
  | "supersededById"
  | "createdById"
  | "createdAt"
  | "updatedAt"
  | "startDate"
  | "reviewDate"
  | "endDate"
  | "dpiaDate"
  | "dpiaScreening"
  | "caldicott"
> & {
  /** Dates as YYYY-MM-DD, or null. */
  startDate: string | null;
  reviewDate: string | null;
  endDate: string | null;
  dpiaDate: string | null;
  dpiaScreening: unknown;
  caldicott: unknown;
};

export type PartyContent = Omit<AgreementParty, "id" | "agreementId" | "position">;

/** The substantive content of one version: what a signature covers. */
export interface AgreementContent {
  details: Details;
  /** Sorted by organisation id. */
  parties: PartyContent[];
  /** Sorted data category ids. */
  dataCategoryIds: string[];
  /** Sorted flow ids. */
  flowIds: string[];
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The content of an agreement's working record, in canonical order. */
export function agreementContentOf(
  agreement: Agreement,
  parties: readonly AgreementParty[],
  dataCategoryIds: readonly string[],
  flowIds: readonly string[],
): AgreementContent {
  const {
    id: _id,
    status: _status,
    versionNumber: _versionNumber,
    lockVersion: _lockVersion,
    published: _published,
    statusReason: _statusReason,
    supersededById: _supersededById,
    createdById: _createdById,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    startDate,
    reviewDate,
    endDate,
    dpiaDate,
    ...rest
  } = agreement;
  return {
    details: {
      ...rest,
      startDate: day(startDate),
      reviewDate: day(reviewDate),
      endDate: day(endDate),
      dpiaDate: day(dpiaDate),
    },
    parties: [...parties]
      .sort((a, b) => a.organisationId.localeCompare(b.organisationId))
      .map(({ id: _partyId, agreementId: _agreementId, position: _position, ...party }) => party),
    dataCategoryIds: [...dataCategoryIds].sort(),
    flowIds: [...flowIds].sort(),
  };
}

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** SHA-256 (hex) of the canonical serialisation. */
export function contentHash(content: AgreementContent): string {
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}
