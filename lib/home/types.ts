import type { AssessmentStatus, MembershipRole, PathwayStatus } from "@/lib/generated/prisma/enums";
import type { RoundRow } from "@/lib/maturity/rounds/list-rounds";
import type { ReadinessSummary } from "@/lib/pathways/readiness";

// The data model of a signed-in person's home page: "what is waiting for me", one section per
// area, each listed only when it has something for the person (the lead's overview always shows).
// An area added later joins the union with its own kind and a renderer in components/home; the
// page never shows an area before it exists. Areas planned so far: `LaterHomeSectionKind`.

export interface WaitingAssessment {
  id: string;
  roundName: string;
  closesOn: Date;
  organisationName: string;
  status: AssessmentStatus;
  answered: number;
  questions: number;
}

export interface WaitingSection {
  assessmentId: string;
  dimensionId: string;
  dimensionName: string;
  organisationName: string;
  roundName: string;
  closesOn: Date;
}

export interface OrganisationNeedsToReview {
  organisationId: string;
  organisationName: string;
  /** Needs that name the organisation, or any of its type, not yet fully met. */
  fromOthers: number;
  /** The organisation's own needs not yet fully met. */
  own: number;
}

export interface InvitationToAccept {
  organisationName: string;
  role: MembershipRole;
  expiresAt: Date;
}

export interface InvitationsAwaiting {
  organisationId: string;
  organisationName: string;
  /** Invitations neither accepted nor revoked (expired ones too, to send again). */
  pending: number;
}

export interface BlockedPathway {
  id: string;
  name: string;
  status: PathwayStatus;
  readiness: ReadinessSummary;
}

export type HomeSection =
  | { kind: "assessments"; items: WaitingAssessment[] }
  | { kind: "sections"; items: WaitingSection[] }
  | { kind: "dataNeeds"; items: OrganisationNeedsToReview[] }
  | { kind: "invitations"; toAccept: InvitationToAccept[]; awaiting: InvitationsAwaiting[] }
  | { kind: "openRounds"; items: RoundRow[]; total: number }
  | { kind: "blockedPathways"; items: BlockedPathway[] };

export type HomeSectionKind = HomeSection["kind"];

/**
 * Areas that will add sections once they exist: data sharing agreements waiting for the person's
 * signature, and posts that mention them. Reserved names, not yet in `HomeSection`.
 */
export type LaterHomeSectionKind = "agreementsToSign" | "mentions";

export interface HomePage {
  name: string;
  /** In the order the page shows them. */
  sections: HomeSection[];
}
