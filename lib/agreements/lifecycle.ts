import type { AgreementStatus } from "@/lib/generated/prisma/enums";

// The lifecycle of a data sharing agreement as one pure function: which transitions exist, who may
// make them and what must be true first. The server functions ask it before every change, and the
// pages ask it what to offer, so both always agree.
//
//   draft → in review → awaiting signatures → active → review due → expired
//     ↑________________________|________________|___________|        terminated, superseded
//                     (back to draft, with a reason)

export type Transition =
  | "send_for_review"
  | "send_for_signature"
  | "return_to_draft"
  | "sign"
  | "decline"
  | "terminate"
  | "supersede"
  | "mark_review_due"
  | "expire";

export const transitionLabels: Record<Transition, string> = {
  send_for_review: "Send for review",
  send_for_signature: "Send for signature",
  return_to_draft: "Return to draft",
  sign: "Sign",
  decline: "Decline to sign",
  terminate: "Terminate",
  supersede: "Mark as superseded",
  mark_review_due: "Mark review due",
  expire: "Mark expired",
};

/** What the lifecycle needs to know about an agreement. */
export interface LifecycleFacts {
  status: AgreementStatus;
  parties: readonly { signatoryId: string | null; signed: boolean }[];
  purposes: string;
  dataCategoryCount: number;
  startDate: string | null;
  reviewDate: string | null;
}

/** What the lifecycle needs to know about who asks. */
export interface LifecycleActor {
  /** A programme lead or platform admin. */
  isLead: boolean;
  /** May edit the agreement's content (a lead, or a party's IG lead or admin). */
  canEdit: boolean;
  /** The named signatory of a party that has not signed this version yet. */
  isPendingSignatory: boolean;
  /** The scheduler: review dates and expiry. */
  isSystem?: boolean;
}

export type TransitionCheck =
  | { ok: true; to: AgreementStatus }
  | {
      ok: false;
      reasons: string[];
      /** The person may never make this transition, whatever the agreement's state. */
      forbidden: boolean;
    };

/** States whose working content may be edited (an edit after sending voids the sent version). */
export const EDITABLE_STATUSES: readonly AgreementStatus[] = [
  "DRAFT",
  "IN_REVIEW",
  "AWAITING_SIGNATURES",
];

/** States an agreement never leaves. */
export const FINAL_STATUSES: readonly AgreementStatus[] = ["TERMINATED", "SUPERSEDED"];

/** States in which the agreement is in force. */
export const IN_FORCE_STATUSES: readonly AgreementStatus[] = ["ACTIVE", "REVIEW_DUE"];

export const isEditableStatus = (status: AgreementStatus) => EDITABLE_STATUSES.includes(status);

const FROM: Record<Transition, readonly AgreementStatus[]> = {
  send_for_review: ["DRAFT"],
  send_for_signature: ["DRAFT", "IN_REVIEW"],
  return_to_draft: ["IN_REVIEW", "AWAITING_SIGNATURES", "ACTIVE", "REVIEW_DUE"],
  sign: ["AWAITING_SIGNATURES"],
  decline: ["AWAITING_SIGNATURES"],
  terminate: ["ACTIVE", "REVIEW_DUE"],
  supersede: ["ACTIVE", "REVIEW_DUE", "EXPIRED"],
  mark_review_due: ["ACTIVE"],
  expire: ["ACTIVE", "REVIEW_DUE"],
};

/** What is missing before an agreement can go for signature, in words; empty when nothing. */
export function missingForSignature(facts: LifecycleFacts): string[] {
  const missing: string[] = [];
  if (facts.parties.length < 2) missing.push("at least two parties");
  if (facts.parties.some((party) => !party.signatoryId)) {
    missing.push("a signatory for every party");
  }
  if (!facts.purposes.trim()) missing.push("the purposes of the sharing");
  if (facts.dataCategoryCount < 1) missing.push("at least one kind of data");
  if (!facts.startDate) missing.push("a start date");
  if (!facts.reviewDate) missing.push("a review date");
  return missing;
}

function who(transition: Transition, actor: LifecycleActor): string | null {
  switch (transition) {
    case "send_for_review":
    case "send_for_signature":
    case "return_to_draft":
      return actor.canEdit
        ? null
        : "Only the parties' information governance leads and admins, or a programme lead, can do this.";
    case "sign":
    case "decline":
      return actor.isPendingSignatory
        ? null
        : "Only the party's named signatory can sign or decline for it, once for each version.";
    case "terminate":
    case "supersede":
      return actor.isLead ? null : "Only a programme lead can terminate or supersede an agreement.";
    case "mark_review_due":
    case "expire":
      return actor.isSystem ? null : "Review dates and expiry are kept by the platform itself.";
  }
}

/** Whether the transition may happen now, by this person, and the state it leads to. */
export function checkTransition(
  transition: Transition,
  facts: LifecycleFacts,
  actor: LifecycleActor,
): TransitionCheck {
  const reasons: string[] = [];
  if (!FROM[transition].includes(facts.status)) {
    reasons.push(
      `An agreement that is ${facts.status.toLowerCase().replace(/_/g, " ")} cannot do this.`,
    );
  }
  const refusal = who(transition, actor);
  if (refusal) reasons.push(refusal);
  if (transition === "send_for_signature") {
    const missing = missingForSignature(facts);
    if (missing.length > 0)
      reasons.push(`Before sending for signature, add ${missing.join(", ")}.`);
  }
  if (reasons.length > 0) return { ok: false, reasons, forbidden: refusal !== null };
  return { ok: true, to: targetOf(transition, facts) };
}

function targetOf(transition: Transition, facts: LifecycleFacts): AgreementStatus {
  switch (transition) {
    case "send_for_review":
      return "IN_REVIEW";
    case "send_for_signature":
      return "AWAITING_SIGNATURES";
    case "return_to_draft":
    case "decline":
      return "DRAFT";
    case "sign": {
      const unsigned = facts.parties.filter((party) => !party.signed).length;
      // The signer's own party is one of the unsigned ones.
      return unsigned <= 1 ? "ACTIVE" : "AWAITING_SIGNATURES";
    }
    case "terminate":
      return "TERMINATED";
    case "supersede":
      return "SUPERSEDED";
    case "mark_review_due":
      return "REVIEW_DUE";
    case "expire":
      return "EXPIRED";
  }
}

/** The transitions this person may make now: what a page offers. */
export function availableTransitions(facts: LifecycleFacts, actor: LifecycleActor): Transition[] {
  return (Object.keys(FROM) as Transition[]).filter(
    (transition) => checkTransition(transition, facts, actor).ok,
  );
}

/** Whether a transition exists from the state at all, whoever asks. */
export const leavesFrom = (transition: Transition, status: AgreementStatus) =>
  FROM[transition].includes(status);
