-- DropIndex
DROP INDEX "AssessmentScore_dimensionId_idx";

-- CreateIndex
CREATE INDEX "AssessmentRound_frameworkVersionId_opensOn_idx" ON "AssessmentRound"("frameworkVersionId", "opensOn");

-- CreateIndex
CREATE INDEX "AssessmentScore_dimensionId_score_idx" ON "AssessmentScore"("dimensionId", "score");

