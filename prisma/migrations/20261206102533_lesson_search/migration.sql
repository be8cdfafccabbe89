-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Lesson_searchVector_idx" ON "Lesson" USING GIN ("searchVector");

