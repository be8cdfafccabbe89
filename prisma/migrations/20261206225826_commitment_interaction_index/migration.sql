-- CreateIndex
CREATE INDEX "Commitment_interactionId_idx" ON "Commitment"("interactionId");

