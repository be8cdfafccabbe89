-- DropIndex
DROP INDEX "Organisation_engagementStatus_idx";

-- AlterTable
ALTER TABLE "Organisation" DROP COLUMN "engagementStatus";

-- DropEnum
DROP TYPE "EngagementStatus";

-- CreateIndex
CREATE INDEX "Organisation_engagementCurrent_idx" ON "Organisation"("engagementCurrent");

