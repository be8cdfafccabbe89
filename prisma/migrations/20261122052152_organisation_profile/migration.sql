-- CreateEnum
CREATE TYPE "EngagementStatus" AS ENUM ('NOT_YET_ENGAGED', 'ENGAGED', 'COMMITTED', 'SHARING');

-- CreateEnum
CREATE TYPE "SizeBand" AS ENUM ('UNDER_10', 'FROM_10_TO_49', 'FROM_50_TO_249', 'FROM_250_TO_999', 'FROM_1000');

-- CreateEnum
CREATE TYPE "SystemCategory" AS ENUM ('EHR', 'GP_SYSTEM', 'SOCIAL_CARE_CASE_MANAGEMENT', 'SHARED_CARE_RECORD', 'CARE_HOME_RECORD', 'PHARMACY_SYSTEM', 'OTHER');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "address" TEXT,
ADD COLUMN     "archivedAt" TIMESTAMPTZ(3),
ADD COLUMN     "engagementStatus" "EngagementStatus" NOT NULL DEFAULT 'NOT_YET_ENGAGED',
ADD COLUMN     "postcode" TEXT,
ADD COLUMN     "sizeBand" "SizeBand",
ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "SystemInUse" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "category" "SystemCategory" NOT NULL,
    "supplier" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SystemInUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyContact" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KeyContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SystemInUse_organisationId_idx" ON "SystemInUse"("organisationId");

-- CreateIndex
CREATE INDEX "SystemInUse_supplier_product_idx" ON "SystemInUse"("supplier", "product");

-- CreateIndex
CREATE INDEX "KeyContact_organisationId_idx" ON "KeyContact"("organisationId");

-- CreateIndex
CREATE INDEX "Organisation_engagementStatus_idx" ON "Organisation"("engagementStatus");

-- CreateIndex
CREATE INDEX "Organisation_archivedAt_name_idx" ON "Organisation"("archivedAt", "name");

-- AddForeignKey
ALTER TABLE "SystemInUse" ADD CONSTRAINT "SystemInUse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyContact" ADD CONSTRAINT "KeyContact_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

