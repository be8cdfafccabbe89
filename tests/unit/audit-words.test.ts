import { describe, expect, it } from "vitest";

import { describeAction, describeAuditEvent, describedActions } from "@/lib/audit/describe-action";
import { formatLondonTime } from "@/lib/audit/local-time";

describe("audit actions in words", () => {
  it("describes each action in the users' words", () => {
    expect(describeAction("auth.sign_in")).toBe("Signed in");
    expect(describeAction("organisation.updated")).toBe("Changed an organisation's details");
    expect(describeAction("maturityAssessment.returned")).toBe(
      "Returned an assessment with comments",
    );
  });

  it("reads a name the same whichever way it is written", () => {
    expect(describeAction("maturity_round.opened")).toBe(describeAction("maturityRound.opened"));
    expect(describeAction("data_need.added")).toBe("Recorded a data need");
    expect(describeAction("Auth.Sign-In")).toBe("Signed in");
  });

  it("spells out an action it does not list yet, rather than showing the code", () => {
    expect(describeAction("forum_post.published")).toBe("Forum post published");
    expect(describeAction("dataSharing.agreementSigned")).toBe("Data sharing agreement signed");
  });

  it("gives every listed action its own words", () => {
    const words = describedActions.map(describeAction);
    expect(new Set(words).size).toBe(words.length);
    for (const [index, action] of describedActions.entries()) {
      expect(words[index], action).not.toContain(".");
    }
  });

  it("says what a refused person tried to do", () => {
    expect(describeAuditEvent("access.denied", { attempted: "organisation.update" })).toBe(
      "Was refused access: organisation update",
    );
    expect(describeAuditEvent("access.denied", null)).toBe("Was refused access");
    expect(describeAuditEvent("auth.sign_in", { attempted: "x" })).toBe("Signed in");
  });
});

describe("audit times", () => {
  it("are UK time: GMT in winter, BST in summer", () => {
    expect(formatLondonTime(new Date("2026-12-06T14:05:09Z"))).toBe("6 Dec 2026, 14:05");
    expect(formatLondonTime(new Date("2026-07-01T08:30:00Z"))).toBe("1 Jul 2026, 09:30");
    expect(formatLondonTime(new Date("2026-03-29T00:59:00Z"))).toBe("29 Mar 2026, 00:59");
    expect(formatLondonTime(new Date("2026-03-29T01:00:00Z"))).toBe("29 Mar 2026, 02:00");
  });
});
