import { describe, expect, it } from "vitest";

import { auditHref } from "@/lib/audit/audit-links";
import { auditQuerySchema, isActionPrefix } from "@/lib/audit/schemas";

describe("the audit trail's filters from the address bar", () => {
  it("reads every filter, lower-casing actions and emails", () => {
    expect(
      auditQuerySchema.parse({
        action: "Auth.Sign_In",
        actor: " Lead@Elmshire.example ",
        organisation: "0b7d6c8e-4f3a-4a4e-9d61-7f1f9f0e2a11",
        entityType: "User",
        entityId: "abc",
        from: "2026-11-01",
        to: "2026-11-22",
        page: "3",
      }),
    ).toEqual({
      action: "auth.sign_in",
      actor: "lead@elmshire.example",
      organisation: "0b7d6c8e-4f3a-4a4e-9d61-7f1f9f0e2a11",
      entityType: "User",
      entityId: "abc",
      from: "2026-11-01",
      to: "2026-11-22",
      page: 3,
    });
  });

  it("drops what makes no sense instead of failing, and treats blanks as unset", () => {
    expect(
      auditQuerySchema.parse({
        action: "'; drop table",
        organisation: "not-a-uuid",
        entityType: "User; --",
        from: "22/11/2026",
        to: "2026-02-30",
        page: "-1",
        entityId: "",
        actor: "",
      }),
    ).toEqual({ page: 1 });
  });

  it("tells a whole domain from a single action", () => {
    expect(auditQuerySchema.parse({ action: "auth." }).action).toBe("auth.");
    expect(isActionPrefix("auth.")).toBe(true);
    expect(isActionPrefix("auth.sign_in")).toBe(false);
  });

  it("builds addresses with only the filters set", () => {
    expect(auditHref({ page: 1 })).toBe("/audit");
    expect(auditHref({ action: "auth.", page: 1 }, { page: 2 })).toBe("/audit?action=auth.&page=2");
    expect(auditHref({ entityType: "User", entityId: "u1", page: 1 })).toBe(
      "/audit?entityType=User&entityId=u1",
    );
  });
});
