-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "causedById" UUID,
ADD COLUMN     "link" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMessage_causedById_createdAt_idx" ON "OutboxMessage"("causedById", "createdAt");


-- Messages written before this change carry their one-time links in the text: take them out.
UPDATE "OutboxMessage"
SET "body" = regexp_replace("body", 'https?://[^[:space:]]*/(invitations|reset-password)/[A-Za-z0-9_-]+', '[link]', 'g');
