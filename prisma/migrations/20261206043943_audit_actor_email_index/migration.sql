-- DropIndex
DROP INDEX "AuditEvent_actorId_occurredAt_idx";

-- DropIndex
DROP INDEX "DataNeed_metToday_dataCategoryId_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_actorEmail_occurredAt_idx" ON "AuditEvent"("actorEmail", "occurredAt");

