-- CreateEnum
CREATE TYPE "DataCategorySource" AS ENUM ('PRSB_CORE', 'SOCIAL_CARE', 'COALITION');

-- CreateEnum
CREATE TYPE "PathwayStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Timeliness" AS ENUM ('REAL_TIME', 'WITHIN_AN_HOUR', 'SAME_DAY', 'WITHIN_72_HOURS', 'SCHEDULED_BATCH', 'ON_REQUEST');

-- CreateEnum
CREATE TYPE "FlowMechanism" AS ENUM ('SHARED_CARE_RECORD_VIEW', 'API', 'MESSAGE', 'SECURE_EMAIL', 'PHONE', 'PAPER_OR_POST', 'PORTAL_ACCESS', 'OTHER');

-- CreateEnum
CREATE TYPE "FlowState" AS ENUM ('FULLY_DIGITAL', 'PARTLY_DIGITAL', 'MANUAL', 'NOT_HAPPENING');

-- CreateEnum
CREATE TYPE "NeedImportance" AS ENUM ('ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE');

-- CreateEnum
CREATE TYPE "NeedMet" AS ENUM ('FULLY', 'PARTLY', 'NOT_AT_ALL');

-- CreateTable
CREATE TABLE "DataCategory" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "source" "DataCategorySource" NOT NULL DEFAULT 'COALITION',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pathway" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "population" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "ownerId" UUID,
    "status" "PathwayStatus" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 0,
    "publishedRevision" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Pathway_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathwayVersion" (
    "id" UUID NOT NULL,
    "pathwayId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "publishedById" UUID,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathwayVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathwayChange" (
    "id" UUID NOT NULL,
    "pathwayId" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "actorId" UUID,
    "summary" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathwayChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathwayStep" (
    "id" UUID NOT NULL,
    "pathwayId" UUID NOT NULL,
    "organisationId" UUID,
    "organisationType" "OrganisationType",
    "name" TEXT NOT NULL,
    "performerRole" TEXT NOT NULL,
    "setting" TEXT,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PathwayStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformationFlow" (
    "id" UUID NOT NULL,
    "pathwayId" UUID NOT NULL,
    "fromStepId" UUID NOT NULL,
    "toStepId" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "timeliness" "Timeliness" NOT NULL,
    "volumePerMonth" INTEGER,
    "mechanism" "FlowMechanism" NOT NULL,
    "standard" TEXT,
    "currentState" "FlowState" NOT NULL,
    "senderHoldsDigitally" BOOLEAN,
    "receiverCanTakeIn" BOOLEAN,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InformationFlow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FlowDataCategory" (
    "flowId" UUID NOT NULL,
    "dataCategoryId" UUID NOT NULL,

    CONSTRAINT "FlowDataCategory_pkey" PRIMARY KEY ("flowId","dataCategoryId")
);

-- CreateTable
CREATE TABLE "DataNeed" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "teamOrRole" TEXT NOT NULL,
    "dataCategoryId" UUID NOT NULL,
    "sourceOrganisationId" UUID,
    "sourceOrganisationType" "OrganisationType",
    "timeliness" "Timeliness" NOT NULL,
    "volumePerMonth" INTEGER,
    "purpose" TEXT NOT NULL,
    "decision" TEXT,
    "importance" "NeedImportance" NOT NULL,
    "metToday" "NeedMet" NOT NULL,
    "pathwayStepId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DataNeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataCategory_name_key" ON "DataCategory"("name");

-- CreateIndex
CREATE INDEX "Pathway_status_name_idx" ON "Pathway"("status", "name");

-- CreateIndex
CREATE UNIQUE INDEX "PathwayVersion_pathwayId_number_key" ON "PathwayVersion"("pathwayId", "number");

-- CreateIndex
CREATE INDEX "PathwayChange_pathwayId_revision_idx" ON "PathwayChange"("pathwayId", "revision");

-- CreateIndex
CREATE INDEX "PathwayStep_pathwayId_position_idx" ON "PathwayStep"("pathwayId", "position");

-- CreateIndex
CREATE INDEX "PathwayStep_organisationId_idx" ON "PathwayStep"("organisationId");

-- CreateIndex
CREATE INDEX "InformationFlow_pathwayId_idx" ON "InformationFlow"("pathwayId");

-- CreateIndex
CREATE INDEX "InformationFlow_fromStepId_idx" ON "InformationFlow"("fromStepId");

-- CreateIndex
CREATE INDEX "InformationFlow_toStepId_idx" ON "InformationFlow"("toStepId");

-- CreateIndex
CREATE INDEX "FlowDataCategory_dataCategoryId_idx" ON "FlowDataCategory"("dataCategoryId");

-- CreateIndex
CREATE INDEX "DataNeed_organisationId_createdAt_idx" ON "DataNeed"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "DataNeed_sourceOrganisationId_idx" ON "DataNeed"("sourceOrganisationId");

-- CreateIndex
CREATE INDEX "DataNeed_sourceOrganisationType_idx" ON "DataNeed"("sourceOrganisationType");

-- CreateIndex
CREATE INDEX "DataNeed_dataCategoryId_metToday_idx" ON "DataNeed"("dataCategoryId", "metToday");

-- CreateIndex
CREATE INDEX "DataNeed_metToday_dataCategoryId_idx" ON "DataNeed"("metToday", "dataCategoryId");

-- CreateIndex
CREATE INDEX "DataNeed_pathwayStepId_idx" ON "DataNeed"("pathwayStepId");

-- AddForeignKey
ALTER TABLE "Pathway" ADD CONSTRAINT "Pathway_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayVersion" ADD CONSTRAINT "PathwayVersion_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayVersion" ADD CONSTRAINT "PathwayVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayChange" ADD CONSTRAINT "PathwayChange_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayChange" ADD CONSTRAINT "PathwayChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayStep" ADD CONSTRAINT "PathwayStep_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathwayStep" ADD CONSTRAINT "PathwayStep_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationFlow" ADD CONSTRAINT "InformationFlow_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationFlow" ADD CONSTRAINT "InformationFlow_fromStepId_fkey" FOREIGN KEY ("fromStepId") REFERENCES "PathwayStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformationFlow" ADD CONSTRAINT "InformationFlow_toStepId_fkey" FOREIGN KEY ("toStepId") REFERENCES "PathwayStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlowDataCategory" ADD CONSTRAINT "FlowDataCategory_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "InformationFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlowDataCategory" ADD CONSTRAINT "FlowDataCategory_dataCategoryId_fkey" FOREIGN KEY ("dataCategoryId") REFERENCES "DataCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataNeed" ADD CONSTRAINT "DataNeed_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataNeed" ADD CONSTRAINT "DataNeed_dataCategoryId_fkey" FOREIGN KEY ("dataCategoryId") REFERENCES "DataCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataNeed" ADD CONSTRAINT "DataNeed_sourceOrganisationId_fkey" FOREIGN KEY ("sourceOrganisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataNeed" ADD CONSTRAINT "DataNeed_pathwayStepId_fkey" FOREIGN KEY ("pathwayStepId") REFERENCES "PathwayStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A step is in the lane of one organisation or of any organisation of a type, never both or neither.
ALTER TABLE "PathwayStep" ADD CONSTRAINT "PathwayStep_one_lane"
  CHECK (("organisationId" IS NULL) <> ("organisationType" IS NULL));

-- A flow joins two different steps.
ALTER TABLE "InformationFlow" ADD CONSTRAINT "InformationFlow_two_steps"
  CHECK ("fromStepId" <> "toStepId");

-- A data need comes from one organisation or from any organisation of a type.
ALTER TABLE "DataNeed" ADD CONSTRAINT "DataNeed_one_source"
  CHECK (("sourceOrganisationId" IS NULL) <> ("sourceOrganisationType" IS NULL));

-- Volumes are counts.
ALTER TABLE "InformationFlow" ADD CONSTRAINT "InformationFlow_volume_not_negative"
  CHECK ("volumePerMonth" IS NULL OR "volumePerMonth" >= 0);
ALTER TABLE "DataNeed" ADD CONSTRAINT "DataNeed_volume_not_negative"
  CHECK ("volumePerMonth" IS NULL OR "volumePerMonth" >= 0);
