-- The directory's first page in name order (see schema.prisma).
-- CreateIndex
CREATE INDEX "Organisation_name_id_idx" ON "Organisation"("name", "id");

