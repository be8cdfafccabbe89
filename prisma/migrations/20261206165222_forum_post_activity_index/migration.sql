-- The dashboard counts the last 30 days' published posts, by topic, from this index alone.
-- DropIndex
DROP INDEX "ForumPost_status_createdAt_idx";

-- CreateIndex
CREATE INDEX "ForumPost_status_createdAt_topicId_idx" ON "ForumPost"("status", "createdAt", "topicId");
