-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('ACUTE_TRUST', 'COMMUNITY_TRUST', 'MENTAL_HEALTH_TRUST', 'AMBULANCE_TRUST', 'GP_PRACTICE', 'PRIMARY_CARE_NETWORK', 'INTEGRATED_CARE_BOARD', 'LOCAL_AUTHORITY_ADULT_SOCIAL_CARE', 'CARE_HOME', 'HOME_CARE_PROVIDER', 'HOSPICE', 'PHARMACY', 'VOLUNTARY_AND_COMMUNITY_SECTOR', 'OTHER');

-- CreateTable
CREATE TABLE "Place" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "odsCode" TEXT,
    "type" "OrganisationType" NOT NULL,
    "placeId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_name_key" ON "Place"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_odsCode_key" ON "Organisation"("odsCode");

-- CreateIndex
CREATE INDEX "Organisation_placeId_type_idx" ON "Organisation"("placeId", "type");

-- CreateIndex
CREATE INDEX "Organisation_type_idx" ON "Organisation"("type");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

