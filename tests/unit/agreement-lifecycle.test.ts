import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { agreementStatuses } from "@/lib/agreements/labels";
import {
  availableTransitions,
  checkTransition,
  FINAL_STATUSES,
  type LifecycleActor,
  type LifecycleFacts,
  missingForSignature,
  type Transition,
  transitionLabels,
} from "@/lib/agreements/lifecycle";

const ready: LifecycleFacts = {
  status: "DRAFT",
  parties: [
    { signatoryId: "a", signed: false },
    { signatoryId: "b", signed: false },
  ],
  purposes: "Direct care of people discharged from hospital",
  dataCategoryCount: 2,
  startDate: "2027-01-01",
  reviewDate: "2028-01-01",
};
const editor: LifecycleActor = { isLead: false, canEdit: true, isPendingSignatory: false };
const signatory: LifecycleActor = { isLead: false, canEdit: false, isPendingSignatory: true };
const lead: LifecycleActor = { isLead: true, canEdit: true, isPendingSignatory: false };
const nobody: LifecycleActor = { isLead: false, canEdit: false, isPendingSignatory: false };

const transitions = Object.keys(transitionLabels) as Transition[];

const facts = fc.record({
  status: fc.constantFrom(...agreementStatuses),
  parties: fc.array(
    fc.record({
      signatoryId: fc.option(fc.constantFrom("a", "b", "c"), { nil: null }),
      signed: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  purposes: fc.constantFrom("", "  ", "Care"),
  dataCategoryCount: fc.nat({ max: 3 }),
  startDate: fc.option(fc.constant("2027-01-01"), { nil: null }),
  reviewDate: fc.option(fc.constant("2028-01-01"), { nil: null }),
});
const actors = fc.record({
  isLead: fc.boolean(),
  canEdit: fc.boolean(),
  isPendingSignatory: fc.boolean(),
  isSystem: fc.boolean(),
});

describe("agreement lifecycle", () => {
  it("sends a complete draft for signature, and says what an incomplete one lacks", () => {
    expect(checkTransition("send_for_signature", ready, editor)).toEqual({
      ok: true,
      to: "AWAITING_SIGNATURES",
    });
    const lacking = { ...ready, parties: [ready.parties[0]!], purposes: "", startDate: null };
    const check = checkTransition("send_for_signature", lacking, editor);
    expect(check.ok).toBe(false);
    expect(missingForSignature(lacking)).toEqual([
      "at least two parties",
      "the purposes of the sharing",
      "a start date",
    ]);
  });

  it("activates on the last signature only", () => {
    const awaiting = { ...ready, status: "AWAITING_SIGNATURES" as const };
    expect(checkTransition("sign", awaiting, signatory)).toEqual({
      ok: true,
      to: "AWAITING_SIGNATURES",
    });
    const oneLeft = {
      ...awaiting,
      parties: [
        { signatoryId: "a", signed: true },
        { signatoryId: "b", signed: false },
      ],
    };
    expect(checkTransition("sign", oneLeft, signatory)).toEqual({ ok: true, to: "ACTIVE" });
    expect(checkTransition("decline", oneLeft, signatory)).toEqual({ ok: true, to: "DRAFT" });
  });

  it("lets only the signatory sign and only leads terminate", () => {
    const awaiting = { ...ready, status: "AWAITING_SIGNATURES" as const };
    expect(checkTransition("sign", awaiting, editor).ok).toBe(false);
    expect(checkTransition("sign", awaiting, lead).ok).toBe(false);
    const active = { ...ready, status: "ACTIVE" as const };
    expect(checkTransition("terminate", active, editor).ok).toBe(false);
    expect(checkTransition("terminate", active, lead)).toEqual({ ok: true, to: "TERMINATED" });
    expect(checkTransition("expire", active, lead).ok).toBe(false);
    expect(checkTransition("expire", active, { ...nobody, isSystem: true })).toEqual({
      ok: true,
      to: "EXPIRED",
    });
  });

  it("never sends for signature without what signing needs", () => {
    fc.assert(
      fc.property(facts, actors, (value, actor) => {
        if (!checkTransition("send_for_signature", value, actor).ok) return;
        expect(value.parties.length).toBeGreaterThanOrEqual(2);
        expect(value.parties.every((party) => party.signatoryId)).toBe(true);
        expect(value.purposes.trim()).not.toBe("");
        expect(value.dataCategoryCount).toBeGreaterThan(0);
        expect(value.startDate && value.reviewDate).toBeTruthy();
      }),
    );
  });

  it("never leaves a final state, and gives nobody without a role any transition", () => {
    fc.assert(
      fc.property(facts, actors, (value, actor) => {
        if (FINAL_STATUSES.includes(value.status)) {
          expect(availableTransitions(value, actor)).toEqual([]);
        }
        expect(availableTransitions(value, nobody)).toEqual([]);
      }),
    );
  });

  it("agrees with itself: what is offered is what is allowed, and a refusal gives reasons", () => {
    fc.assert(
      fc.property(facts, actors, fc.constantFrom(...transitions), (value, actor, transition) => {
        const check = checkTransition(transition, value, actor);
        expect(availableTransitions(value, actor).includes(transition)).toBe(check.ok);
        if (!check.ok) expect(check.reasons.length).toBeGreaterThan(0);
        else expect(agreementStatuses).toContain(check.to);
      }),
    );
  });
});
