-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'VALIDATED');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "shareMaturityResults" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "MaturityFramework" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MaturityFramework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "id" UUID NOT NULL,
    "frameworkId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrameworkVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkDimension" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FrameworkDimension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkQuestion" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "dimensionId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "guidance" TEXT,
    "levels" TEXT[],
    "allowNotApplicable" BOOLEAN NOT NULL DEFAULT false,
    "appliesTo" "OrganisationType"[],
    "position" INTEGER NOT NULL,

    CONSTRAINT "FrameworkQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRound" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "frameworkVersionId" UUID NOT NULL,
    "invitedTypes" "OrganisationType"[],
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssessmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "returnComment" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "validatedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentAnswer" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "level" INTEGER,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "evidence" TEXT,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssessmentAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectionAssignment" (
    "id" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "dimensionId" UUID NOT NULL,
    "assigneeId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentScore" (
    "assessmentId" UUID NOT NULL,
    "dimensionId" UUID NOT NULL,
    "score" DOUBLE PRECISION,

    CONSTRAINT "AssessmentScore_pkey" PRIMARY KEY ("assessmentId","dimensionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "MaturityFramework_name_key" ON "MaturityFramework"("name");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkVersion_frameworkId_number_key" ON "FrameworkVersion"("frameworkId", "number");

-- CreateIndex
CREATE INDEX "FrameworkDimension_versionId_position_idx" ON "FrameworkDimension"("versionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkDimension_versionId_key_key" ON "FrameworkDimension"("versionId", "key");

-- CreateIndex
CREATE INDEX "FrameworkQuestion_dimensionId_position_idx" ON "FrameworkQuestion"("dimensionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkQuestion_versionId_key_key" ON "FrameworkQuestion"("versionId", "key");

-- CreateIndex
CREATE INDEX "AssessmentRound_opensOn_idx" ON "AssessmentRound"("opensOn");

-- CreateIndex
CREATE INDEX "Assessment_organisationId_createdAt_idx" ON "Assessment"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Assessment_roundId_status_idx" ON "Assessment"("roundId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_roundId_organisationId_key" ON "Assessment"("roundId", "organisationId");

-- CreateIndex
CREATE INDEX "AssessmentAnswer_questionId_idx" ON "AssessmentAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentAnswer_assessmentId_questionId_key" ON "AssessmentAnswer"("assessmentId", "questionId");

-- CreateIndex
CREATE INDEX "SectionAssignment_assigneeId_idx" ON "SectionAssignment"("assigneeId");

-- CreateIndex
CREATE UNIQUE INDEX "SectionAssignment_assessmentId_dimensionId_key" ON "SectionAssignment"("assessmentId", "dimensionId");

-- CreateIndex
CREATE INDEX "AssessmentScore_dimensionId_idx" ON "AssessmentScore"("dimensionId");

-- AddForeignKey
ALTER TABLE "FrameworkVersion" ADD CONSTRAINT "FrameworkVersion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "MaturityFramework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkDimension" ADD CONSTRAINT "FrameworkDimension_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkQuestion" ADD CONSTRAINT "FrameworkQuestion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkQuestion" ADD CONSTRAINT "FrameworkQuestion_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "FrameworkDimension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_frameworkVersionId_fkey" FOREIGN KEY ("frameworkVersionId") REFERENCES "FrameworkVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "AssessmentRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FrameworkQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionAssignment" ADD CONSTRAINT "SectionAssignment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionAssignment" ADD CONSTRAINT "SectionAssignment_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "FrameworkDimension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionAssignment" ADD CONSTRAINT "SectionAssignment_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "FrameworkDimension"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rules the schema language cannot say.
ALTER TABLE "FrameworkQuestion" ADD CONSTRAINT "FrameworkQuestion_five_levels"
  CHECK (cardinality("levels") = 5);
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_level_on_scale"
  CHECK ("level" IS NULL OR "level" BETWEEN 1 AND 5);
ALTER TABLE "AssessmentAnswer" ADD CONSTRAINT "AssessmentAnswer_level_or_not_applicable"
  CHECK (NOT ("notApplicable" AND "level" IS NOT NULL));
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_closes_after_opening"
  CHECK ("closesOn" >= "opensOn");
ALTER TABLE "AssessmentScore" ADD CONSTRAINT "AssessmentScore_on_scale"
  CHECK ("score" IS NULL OR "score" BETWEEN 1 AND 5);
