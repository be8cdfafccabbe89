-- CreateEnum
CREATE TYPE "AgreementType" AS ENUM ('DATA_SHARING_AGREEMENT', 'PROCESSING_AGREEMENT', 'JOINT_CONTROLLER_ARRANGEMENT', 'INFORMATION_SHARING_PROTOCOL', 'ONE_OFF_DISCLOSURE');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'AWAITING_SIGNATURES', 'ACTIVE', 'REVIEW_DUE', 'EXPIRED', 'TERMINATED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "SharingUse" AS ENUM ('DIRECT_CARE', 'SECONDARY_USE', 'BOTH');

-- CreateEnum
CREATE TYPE "Identifiability" AS ENUM ('IDENTIFIABLE', 'PSEUDONYMISED', 'ANONYMISED');

-- CreateEnum
CREATE TYPE "ConfidentialityBasis" AS ENUM ('IMPLIED_CONSENT_DIRECT_CARE', 'EXPLICIT_CONSENT', 'SECTION_251_SUPPORT', 'LEGAL_REQUIREMENT', 'OVERRIDING_PUBLIC_INTEREST');

-- CreateEnum
CREATE TYPE "DpiaOutcome" AS ENUM ('NOT_NEEDED', 'PLANNED', 'IN_PROGRESS', 'APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED');

-- CreateEnum
CREATE TYPE "PartyControllerRole" AS ENUM ('CONTROLLER', 'JOINT_CONTROLLER', 'PROCESSOR');

-- CreateEnum
CREATE TYPE "PartyDirection" AS ENUM ('PROVIDES', 'RECEIVES', 'BOTH');

-- CreateEnum
CREATE TYPE "Article6Basis" AS ENUM ('A_CONSENT', 'B_CONTRACT', 'C_LEGAL_OBLIGATION', 'D_VITAL_INTERESTS', 'E_PUBLIC_TASK', 'F_LEGITIMATE_INTERESTS');

-- CreateEnum
CREATE TYPE "Article9Condition" AS ENUM ('A_EXPLICIT_CONSENT', 'B_EMPLOYMENT_SOCIAL_SECURITY', 'C_VITAL_INTERESTS', 'D_NOT_FOR_PROFIT_BODY', 'E_MADE_PUBLIC', 'F_LEGAL_CLAIMS', 'G_SUBSTANTIAL_PUBLIC_INTEREST', 'H_HEALTH_OR_SOCIAL_CARE', 'I_PUBLIC_HEALTH', 'J_ARCHIVING_RESEARCH_STATISTICS');

-- CreateEnum
CREATE TYPE "SignatureDecision" AS ENUM ('SIGNED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AgreementReminderKind" AS ENUM ('REVIEW_IN_90_DAYS', 'REVIEW_IN_30_DAYS', 'EXPIRED');

-- AlterEnum
ALTER TYPE "MembershipRole" ADD VALUE 'IG_LEAD';

-- CreateTable
CREATE TABLE "Agreement" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "type" "AgreementType" NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "versionNumber" INTEGER NOT NULL DEFAULT 1,
    "lockVersion" INTEGER NOT NULL DEFAULT 1,
    "purposes" TEXT NOT NULL DEFAULT '',
    "necessity" TEXT NOT NULL DEFAULT '',
    "benefits" TEXT NOT NULL DEFAULT '',
    "use" "SharingUse" NOT NULL DEFAULT 'DIRECT_CARE',
    "dataSubjects" TEXT NOT NULL DEFAULT '',
    "specialCategoryData" BOOLEAN NOT NULL DEFAULT false,
    "criminalOffenceData" BOOLEAN NOT NULL DEFAULT false,
    "childrenOrVulnerable" BOOLEAN NOT NULL DEFAULT false,
    "identifiability" "Identifiability" NOT NULL DEFAULT 'IDENTIFIABLE',
    "confidentialityBasis" "ConfidentialityBasis",
    "statutoryPowers" TEXT NOT NULL DEFAULT '',
    "retention" TEXT NOT NULL DEFAULT '',
    "security" TEXT NOT NULL DEFAULT '',
    "dataQuality" TEXT NOT NULL DEFAULT '',
    "subjectRights" TEXT NOT NULL DEFAULT '',
    "breachProcedure" TEXT NOT NULL DEFAULT '',
    "dpiaNeeded" BOOLEAN,
    "dpiaScreening" JSONB NOT NULL DEFAULT '[]',
    "dpiaReference" TEXT,
    "dpiaOutcome" "DpiaOutcome",
    "dpiaDate" DATE,
    "dpoAdvice" TEXT NOT NULL DEFAULT '',
    "caldicott" JSONB NOT NULL DEFAULT '[]',
    "startDate" DATE,
    "reviewDate" DATE,
    "endDate" DATE,
    "terminationAndReturn" TEXT NOT NULL DEFAULT '',
    "coversByRule" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "statusReason" TEXT,
    "supersededById" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "controllerRole" "PartyControllerRole" NOT NULL,
    "direction" "PartyDirection" NOT NULL,
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "dpoName" TEXT NOT NULL DEFAULT '',
    "dpoEmail" TEXT NOT NULL DEFAULT '',
    "signatoryId" UUID,
    "article6Basis" "Article6Basis",
    "article9Condition" "Article9Condition",
    "schedule1Condition" TEXT,
    "privacyNoticeUpdated" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDataCategory" (
    "agreementId" UUID NOT NULL,
    "dataCategoryId" UUID NOT NULL,

    CONSTRAINT "AgreementDataCategory_pkey" PRIMARY KEY ("agreementId","dataCategoryId")
);

-- CreateTable
CREATE TABLE "AgreementFlow" (
    "agreementId" UUID NOT NULL,
    "flowId" UUID NOT NULL,

    CONSTRAINT "AgreementFlow_pkey" PRIMARY KEY ("agreementId","flowId")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "changeSummary" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSignature" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "signerId" UUID,
    "signerName" TEXT NOT NULL,
    "signerRole" TEXT NOT NULL,
    "decision" "SignatureDecision" NOT NULL,
    "reason" TEXT,
    "attestation" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "signedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AgreementSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementReminder" (
    "id" UUID NOT NULL,
    "agreementId" UUID NOT NULL,
    "kind" "AgreementReminderKind" NOT NULL,
    "forDate" DATE NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTemplate" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_reference_key" ON "Agreement"("reference");

-- CreateIndex
CREATE INDEX "Agreement_status_reviewDate_idx" ON "Agreement"("status", "reviewDate");

-- CreateIndex
CREATE INDEX "Agreement_status_endDate_idx" ON "Agreement"("status", "endDate");

-- CreateIndex
CREATE INDEX "Agreement_type_status_idx" ON "Agreement"("type", "status");

-- CreateIndex
CREATE INDEX "Agreement_published_status_idx" ON "Agreement"("published", "status");

-- CreateIndex
CREATE INDEX "Agreement_updatedAt_idx" ON "Agreement"("updatedAt");

-- CreateIndex
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");

-- CreateIndex
CREATE INDEX "AgreementParty_signatoryId_idx" ON "AgreementParty"("signatoryId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_organisationId_key" ON "AgreementParty"("agreementId", "organisationId");

-- CreateIndex
CREATE INDEX "AgreementDataCategory_dataCategoryId_idx" ON "AgreementDataCategory"("dataCategoryId");

-- CreateIndex
CREATE INDEX "AgreementFlow_flowId_idx" ON "AgreementFlow"("flowId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_agreementId_number_key" ON "AgreementVersion"("agreementId", "number");

-- CreateIndex
CREATE INDEX "AgreementSignature_agreementId_versionId_idx" ON "AgreementSignature"("agreementId", "versionId");

-- CreateIndex
CREATE INDEX "AgreementSignature_partyId_idx" ON "AgreementSignature"("partyId");

-- CreateIndex
CREATE INDEX "AgreementSignature_signerId_idx" ON "AgreementSignature"("signerId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementReminder_agreementId_kind_forDate_key" ON "AgreementReminder"("agreementId", "kind", "forDate");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTemplate_name_key" ON "AgreementTemplate"("name");

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_signatoryId_fkey" FOREIGN KEY ("signatoryId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDataCategory" ADD CONSTRAINT "AgreementDataCategory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDataCategory" ADD CONSTRAINT "AgreementDataCategory_dataCategoryId_fkey" FOREIGN KEY ("dataCategoryId") REFERENCES "DataCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementFlow" ADD CONSTRAINT "AgreementFlow_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementFlow" ADD CONSTRAINT "AgreementFlow_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "InformationFlow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "AgreementParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementReminder" ADD CONSTRAINT "AgreementReminder_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

