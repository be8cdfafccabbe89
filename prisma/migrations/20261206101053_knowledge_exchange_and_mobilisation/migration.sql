-- CreateEnum
CREATE TYPE "TopicStarters" AS ENUM ('EVERYONE', 'LEADS_ONLY');

-- CreateEnum
CREATE TYPE "TopicKind" AS ENUM ('DISCUSSION', 'PRIVATE');

-- CreateEnum
CREATE TYPE "PostStatus" AS ENUM ('PUBLISHED', 'AWAITING_REVIEW', 'HIDDEN', 'DELETED');

-- CreateEnum
CREATE TYPE "WatchLevel" AS ENUM ('WATCHING', 'TRACKING', 'NORMAL', 'MUTED');

-- CreateEnum
CREATE TYPE "FlagReason" AS ENUM ('OFF_TOPIC', 'INAPPROPRIATE', 'CONFIDENTIAL_INFORMATION', 'SPAM', 'OTHER');

-- CreateEnum
CREATE TYPE "FlagResolution" AS ENUM ('APPROVED', 'HIDDEN', 'DELETED');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('NEVER', 'DAILY', 'WEEKLY');

-- CreateEnum
CREATE TYPE "LessonOutcome" AS ENUM ('WORKED', 'PARTLY_WORKED', 'DID_NOT_WORK');

-- CreateEnum
CREATE TYPE "EngagementLevel" AS ENUM ('UNAWARE', 'RESISTANT', 'NEUTRAL', 'SUPPORTIVE', 'LEADING');

-- CreateEnum
CREATE TYPE "StakeholderRating" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "EngagementApproach" AS ENUM ('INFORM', 'CONSULT', 'INVOLVE', 'COLLABORATE', 'EMPOWER');

-- CreateEnum
CREATE TYPE "InteractionKind" AS ENUM ('MEETING', 'CALL', 'EMAIL', 'WORKSHOP', 'SITE_VISIT');

-- CreateEnum
CREATE TYPE "InteractionDirection" AS ENUM ('OUTBOUND', 'INBOUND', 'MUTUAL');

-- CreateEnum
CREATE TYPE "Sentiment" AS ENUM ('POSITIVE', 'NEUTRAL', 'NEGATIVE');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'DROPPED');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "championContactId" UUID,
ADD COLUMN     "championUserId" UUID,
ADD COLUMN     "engagementApproach" "EngagementApproach",
ADD COLUMN     "engagementCurrent" "EngagementLevel" NOT NULL DEFAULT 'UNAWARE',
ADD COLUMN     "engagementDesired" "EngagementLevel",
ADD COLUMN     "influence" "StakeholderRating",
ADD COLUMN     "interest" "StakeholderRating",
ADD COLUMN     "sponsorContactId" UUID,
ADD COLUMN     "sponsorUserId" UUID;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "canHelpWith" TEXT,
ADD COLUMN     "forumDigest" "DigestFrequency" NOT NULL DEFAULT 'WEEKLY',
ADD COLUMN     "peerFindable" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ForumCategory" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "whoMayStart" "TopicStarters" NOT NULL DEFAULT 'EVERYONE',
    "placeId" UUID,
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "allowedMembershipRoles" "MembershipRole"[],
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForumCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumCategoryOrganisation" (
    "categoryId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "ForumCategoryOrganisation_pkey" PRIMARY KEY ("categoryId","organisationId")
);

-- CreateTable
CREATE TABLE "ForumTopic" (
    "id" UUID NOT NULL,
    "kind" "TopicKind" NOT NULL DEFAULT 'DISCUSSION',
    "categoryId" UUID,
    "title" TEXT NOT NULL,
    "tags" TEXT[],
    "authorId" UUID,
    "pinnedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "acceptedPostId" UUID,
    "postCount" INTEGER NOT NULL DEFAULT 0,
    "lastPostAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ForumTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumTopicParticipant" (
    "topicId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumTopicParticipant_pkey" PRIMARY KEY ("topicId","userId")
);

-- CreateTable
CREATE TABLE "ForumPost" (
    "id" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "replyToPostId" UUID,
    "status" "PostStatus" NOT NULL DEFAULT 'PUBLISHED',
    "likeCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ForumPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumPostRevision" (
    "id" UUID NOT NULL,
    "postId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "title" TEXT,
    "editedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumPostRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumPostLike" (
    "postId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumPostLike_pkey" PRIMARY KEY ("postId","userId")
);

-- CreateTable
CREATE TABLE "ForumMention" (
    "postId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "ForumMention_pkey" PRIMARY KEY ("postId","userId")
);

-- CreateTable
CREATE TABLE "ForumDraft" (
    "userId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForumDraft_pkey" PRIMARY KEY ("userId","key")
);

-- CreateTable
CREATE TABLE "ForumCategoryWatch" (
    "userId" UUID NOT NULL,
    "categoryId" UUID NOT NULL,
    "level" "WatchLevel" NOT NULL,

    CONSTRAINT "ForumCategoryWatch_pkey" PRIMARY KEY ("userId","categoryId")
);

-- CreateTable
CREATE TABLE "ForumTopicWatch" (
    "userId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "level" "WatchLevel" NOT NULL,
    "lastReadPostNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ForumTopicWatch_pkey" PRIMARY KEY ("userId","topicId")
);

-- CreateTable
CREATE TABLE "ForumFlag" (
    "id" UUID NOT NULL,
    "postId" UUID NOT NULL,
    "userId" UUID,
    "reason" "FlagReason" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolution" "FlagResolution",
    "resolvedById" UUID,

    CONSTRAINT "ForumFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumModerator" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "categoryId" UUID,
    "grantedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumModerator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumDigest" (
    "userId" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "postCount" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForumDigest_pkey" PRIMARY KEY ("userId","period")
);

-- CreateTable
CREATE TABLE "Lesson" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" UUID,
    "organisationId" UUID,
    "organisationType" "OrganisationType",
    "placeId" UUID,
    "pathwayId" UUID,
    "stepId" UUID,
    "dimensionKey" TEXT,
    "careSetting" TEXT,
    "projectType" TEXT,
    "wglMeasure" TEXT,
    "whatWeTried" TEXT NOT NULL,
    "whatHappened" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "earlyWarningSigns" TEXT,
    "recommendation" TEXT NOT NULL,
    "outcome" "LessonOutcome" NOT NULL,
    "evidenceLinks" TEXT[],
    "audience" TEXT NOT NULL,
    "topicId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Lesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonSystem" (
    "id" UUID NOT NULL,
    "lessonId" UUID NOT NULL,
    "category" "SystemCategory" NOT NULL,
    "supplier" TEXT NOT NULL,
    "product" TEXT NOT NULL,

    CONSTRAINT "LessonSystem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngagementChange" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "fromCurrent" "EngagementLevel",
    "toCurrent" "EngagementLevel" NOT NULL,
    "fromDesired" "EngagementLevel",
    "toDesired" "EngagementLevel",
    "reason" TEXT NOT NULL,
    "changedById" UUID,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngagementChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interaction" (
    "id" UUID NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "direction" "InteractionDirection" NOT NULL,
    "summary" TEXT NOT NULL,
    "sentiment" "Sentiment" NOT NULL,
    "followUp" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Interaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InteractionOrganisation" (
    "interactionId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "InteractionOrganisation_pkey" PRIMARY KEY ("interactionId","organisationId")
);

-- CreateTable
CREATE TABLE "InteractionPerson" (
    "interactionId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "InteractionPerson_pkey" PRIMARY KEY ("interactionId","userId")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerId" UUID,
    "dueOn" DATE NOT NULL,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "agreementId" UUID,
    "assessmentId" UUID,
    "pathwayId" UUID,
    "flowId" UUID,
    "interactionId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterVersion" (
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "changeNote" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CharterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterEndorsement" (
    "id" UUID NOT NULL,
    "charterVersionId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "endorsedById" UUID,
    "endorsedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CharterEndorsement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeSnapshot" (
    "month" DATE NOT NULL,
    "figures" JSONB NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgrammeSnapshot_pkey" PRIMARY KEY ("month")
);

-- CreateIndex
CREATE UNIQUE INDEX "ForumCategory_slug_key" ON "ForumCategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ForumCategory_name_key" ON "ForumCategory"("name");

-- CreateIndex
CREATE INDEX "ForumCategory_position_idx" ON "ForumCategory"("position");

-- CreateIndex
CREATE INDEX "ForumCategoryOrganisation_organisationId_idx" ON "ForumCategoryOrganisation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumTopic_acceptedPostId_key" ON "ForumTopic"("acceptedPostId");

-- CreateIndex
CREATE INDEX "ForumTopic_categoryId_pinnedAt_lastPostAt_idx" ON "ForumTopic"("categoryId", "pinnedAt", "lastPostAt");

-- CreateIndex
CREATE INDEX "ForumTopic_kind_lastPostAt_idx" ON "ForumTopic"("kind", "lastPostAt");

-- CreateIndex
CREATE INDEX "ForumTopic_authorId_createdAt_idx" ON "ForumTopic"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "ForumTopic_lastPostAt_idx" ON "ForumTopic"("lastPostAt");

-- CreateIndex
CREATE INDEX "ForumTopicParticipant_userId_idx" ON "ForumTopicParticipant"("userId");

-- CreateIndex
CREATE INDEX "ForumPost_authorId_createdAt_idx" ON "ForumPost"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "ForumPost_status_createdAt_idx" ON "ForumPost"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ForumPost_createdAt_idx" ON "ForumPost"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForumPost_topicId_number_key" ON "ForumPost"("topicId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ForumPostRevision_postId_number_key" ON "ForumPostRevision"("postId", "number");

-- CreateIndex
CREATE INDEX "ForumPostLike_userId_idx" ON "ForumPostLike"("userId");

-- CreateIndex
CREATE INDEX "ForumMention_userId_idx" ON "ForumMention"("userId");

-- CreateIndex
CREATE INDEX "ForumCategoryWatch_categoryId_level_idx" ON "ForumCategoryWatch"("categoryId", "level");

-- CreateIndex
CREATE INDEX "ForumTopicWatch_topicId_level_idx" ON "ForumTopicWatch"("topicId", "level");

-- CreateIndex
CREATE INDEX "ForumFlag_resolvedAt_createdAt_idx" ON "ForumFlag"("resolvedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ForumFlag_postId_userId_key" ON "ForumFlag"("postId", "userId");

-- CreateIndex
CREATE INDEX "ForumModerator_categoryId_idx" ON "ForumModerator"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "ForumModerator_userId_categoryId_key" ON "ForumModerator"("userId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "Lesson_topicId_key" ON "Lesson"("topicId");

-- CreateIndex
CREATE INDEX "Lesson_organisationType_idx" ON "Lesson"("organisationType");

-- CreateIndex
CREATE INDEX "Lesson_pathwayId_stepId_idx" ON "Lesson"("pathwayId", "stepId");

-- CreateIndex
CREATE INDEX "Lesson_stepId_idx" ON "Lesson"("stepId");

-- CreateIndex
CREATE INDEX "Lesson_dimensionKey_outcome_idx" ON "Lesson"("dimensionKey", "outcome");

-- CreateIndex
CREATE INDEX "Lesson_organisationId_idx" ON "Lesson"("organisationId");

-- CreateIndex
CREATE INDEX "Lesson_createdAt_idx" ON "Lesson"("createdAt");

-- CreateIndex
CREATE INDEX "LessonSystem_lessonId_idx" ON "LessonSystem"("lessonId");

-- CreateIndex
CREATE INDEX "LessonSystem_supplier_product_idx" ON "LessonSystem"("supplier", "product");

-- CreateIndex
CREATE INDEX "EngagementChange_organisationId_changedAt_idx" ON "EngagementChange"("organisationId", "changedAt");

-- CreateIndex
CREATE INDEX "EngagementChange_changedAt_idx" ON "EngagementChange"("changedAt");

-- CreateIndex
CREATE INDEX "Interaction_occurredOn_idx" ON "Interaction"("occurredOn");

-- CreateIndex
CREATE INDEX "InteractionOrganisation_organisationId_idx" ON "InteractionOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "InteractionPerson_userId_idx" ON "InteractionPerson"("userId");

-- CreateIndex
CREATE INDEX "Commitment_organisationId_status_idx" ON "Commitment"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Commitment_status_dueOn_idx" ON "Commitment"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Commitment_agreementId_idx" ON "Commitment"("agreementId");

-- CreateIndex
CREATE INDEX "Commitment_assessmentId_idx" ON "Commitment"("assessmentId");

-- CreateIndex
CREATE INDEX "Commitment_pathwayId_idx" ON "Commitment"("pathwayId");

-- CreateIndex
CREATE INDEX "Commitment_flowId_idx" ON "Commitment"("flowId");

-- CreateIndex
CREATE INDEX "Commitment_ownerId_idx" ON "Commitment"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "CharterVersion_number_key" ON "CharterVersion"("number");

-- CreateIndex
CREATE INDEX "CharterEndorsement_organisationId_idx" ON "CharterEndorsement"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "CharterEndorsement_charterVersionId_organisationId_key" ON "CharterEndorsement"("charterVersionId", "organisationId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_championUserId_fkey" FOREIGN KEY ("championUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_championContactId_fkey" FOREIGN KEY ("championContactId") REFERENCES "KeyContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_sponsorUserId_fkey" FOREIGN KEY ("sponsorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_sponsorContactId_fkey" FOREIGN KEY ("sponsorContactId") REFERENCES "KeyContact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCategory" ADD CONSTRAINT "ForumCategory_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCategoryOrganisation" ADD CONSTRAINT "ForumCategoryOrganisation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ForumCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCategoryOrganisation" ADD CONSTRAINT "ForumCategoryOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopic" ADD CONSTRAINT "ForumTopic_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ForumCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopic" ADD CONSTRAINT "ForumTopic_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopic" ADD CONSTRAINT "ForumTopic_acceptedPostId_fkey" FOREIGN KEY ("acceptedPostId") REFERENCES "ForumPost"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopicParticipant" ADD CONSTRAINT "ForumTopicParticipant_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ForumTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopicParticipant" ADD CONSTRAINT "ForumTopicParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ForumTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPost" ADD CONSTRAINT "ForumPost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPostRevision" ADD CONSTRAINT "ForumPostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPostRevision" ADD CONSTRAINT "ForumPostRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPostLike" ADD CONSTRAINT "ForumPostLike_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumPostLike" ADD CONSTRAINT "ForumPostLike_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMention" ADD CONSTRAINT "ForumMention_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMention" ADD CONSTRAINT "ForumMention_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumDraft" ADD CONSTRAINT "ForumDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCategoryWatch" ADD CONSTRAINT "ForumCategoryWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumCategoryWatch" ADD CONSTRAINT "ForumCategoryWatch_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ForumCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopicWatch" ADD CONSTRAINT "ForumTopicWatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumTopicWatch" ADD CONSTRAINT "ForumTopicWatch_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ForumTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_postId_fkey" FOREIGN KEY ("postId") REFERENCES "ForumPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumFlag" ADD CONSTRAINT "ForumFlag_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumModerator" ADD CONSTRAINT "ForumModerator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumModerator" ADD CONSTRAINT "ForumModerator_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ForumCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumModerator" ADD CONSTRAINT "ForumModerator_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumDigest" ADD CONSTRAINT "ForumDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "PathwayStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lesson" ADD CONSTRAINT "Lesson_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "ForumTopic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonSystem" ADD CONSTRAINT "LessonSystem_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementChange" ADD CONSTRAINT "EngagementChange_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngagementChange" ADD CONSTRAINT "EngagementChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interaction" ADD CONSTRAINT "Interaction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionOrganisation" ADD CONSTRAINT "InteractionOrganisation_interactionId_fkey" FOREIGN KEY ("interactionId") REFERENCES "Interaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionOrganisation" ADD CONSTRAINT "InteractionOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionPerson" ADD CONSTRAINT "InteractionPerson_interactionId_fkey" FOREIGN KEY ("interactionId") REFERENCES "Interaction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InteractionPerson" ADD CONSTRAINT "InteractionPerson_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_pathwayId_fkey" FOREIGN KEY ("pathwayId") REFERENCES "Pathway"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "InformationFlow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_interactionId_fkey" FOREIGN KEY ("interactionId") REFERENCES "Interaction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterVersion" ADD CONSTRAINT "CharterVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterEndorsement" ADD CONSTRAINT "CharterEndorsement_charterVersionId_fkey" FOREIGN KEY ("charterVersionId") REFERENCES "CharterVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterEndorsement" ADD CONSTRAINT "CharterEndorsement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterEndorsement" ADD CONSTRAINT "CharterEndorsement_endorsedById_fkey" FOREIGN KEY ("endorsedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Engagement moves from the four programme stages to the PMBOK scale. The old column stays until
-- the code no longer reads it; its values carry over.
UPDATE "Organisation" SET "engagementCurrent" = CASE "engagementStatus"
  WHEN 'NOT_YET_ENGAGED' THEN 'UNAWARE'::"EngagementLevel"
  WHEN 'ENGAGED' THEN 'NEUTRAL'::"EngagementLevel"
  WHEN 'COMMITTED' THEN 'SUPPORTIVE'::"EngagementLevel"
  WHEN 'SHARING' THEN 'LEADING'::"EngagementLevel"
END;

-- Trigram matching for names and misspellings in forum and lesson search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
