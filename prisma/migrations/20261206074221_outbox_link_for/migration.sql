-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "linkFor" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMessage_linkFor_idx" ON "OutboxMessage"("linkFor");

