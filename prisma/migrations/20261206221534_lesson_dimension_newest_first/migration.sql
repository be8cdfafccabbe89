-- CreateIndex
CREATE INDEX "Lesson_dimensionKey_createdAt_id_idx" ON "Lesson"("dimensionKey", "createdAt" DESC, "id");

