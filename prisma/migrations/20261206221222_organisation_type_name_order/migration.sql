-- DropIndex
DROP INDEX "Organisation_type_idx";

-- CreateIndex
CREATE INDEX "Organisation_type_name_id_idx" ON "Organisation"("type", "name", "id");

