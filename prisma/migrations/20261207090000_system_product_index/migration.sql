-- CreateIndex
CREATE INDEX "SystemInUse_product_idx" ON "SystemInUse"("product");
