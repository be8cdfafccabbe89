import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { getPrisma } from "@/lib/db/client";

import { platformAdmin } from "../support/actors";

// Rows written under the older camelCase names stay as they are (the trail is append-only), yet
// the trail filters and shows them in the one style.
describe("older action names in the audit trail", () => {
  it("are found by the current name and its domain, and shown in the current style", async () => {
    const prisma = await getPrisma();
    const entityId = randomUUID();
    await prisma.auditEvent.createMany({
      data: [
        { action: "dataNeed.added", entityType: "DataNeed", entityId },
        { action: "data_need.updated", entityType: "DataNeed", entityId },
      ],
    });
    const admin = platformAdmin();

    const added = await listAuditEvents(
      admin,
      auditQuerySchema.parse({ action: "data_need.added", entityId }),
    );
    expect(added.events.map((event) => event.action)).toEqual(["data_need.added"]);

    const domain = await listAuditEvents(
      admin,
      auditQuerySchema.parse({ action: "data_need.", entityId }),
    );
    expect(domain.events.map((event) => event.action).sort()).toEqual([
      "data_need.added",
      "data_need.updated",
    ]);

    const options = await listAuditFilterOptions(admin);
    expect(options.actions).toContain("data_need.added");
    expect(options.actions).not.toContain("dataNeed.added");
    expect(options.domains).toContain("data_need.");
    expect(options.domains).not.toContain("dataNeed.");
  });
});
