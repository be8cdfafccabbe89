import { describe, expect, it } from "vitest";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/client";

describe("the audit trail", () => {
  it("records who did what to which record, with before and after", async () => {
    const prisma = await getPrisma();
    await recordAuditEvent(
      prisma,
      { actorEmail: "lead@example.org", requestId: "req-audit-1", ipAddress: "192.0.2.1" },
      {
        action: "organisation.updated",
        entityType: "Organisation",
        entityId: "org-1",
        before: { name: "Old" },
        after: { name: "New" },
      },
    );

    const event = await prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-audit-1" } });
    expect(event).toMatchObject({
      action: "organisation.updated",
      actorEmail: "lead@example.org",
      before: { name: "Old" },
      after: { name: "New" },
    });
    expect(event.occurredAt).toBeInstanceOf(Date);
  });

  it("is append-only: the database refuses updates, deletes and truncation", async () => {
    const prisma = await getPrisma();
    await recordAuditEvent(prisma, { requestId: "req-audit-2" }, { action: "auth.sign_in" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { requestId: "req-audit-2" } });

    await expect(
      prisma.auditEvent.update({ where: { id: event.id }, data: { action: "forged" } }),
    ).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(
      /append-only/,
    );
    // (The PGlite adapter drops this error's message, so only the refusal is asserted.)
    await expect(prisma.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow();
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      action: "auth.sign_in",
    });
  });
});
