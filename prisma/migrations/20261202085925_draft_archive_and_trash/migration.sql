-- AlterTable
ALTER TABLE "Draft" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "Draft" ADD COLUMN "deletedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Draft_ownerId_deletedAt_idx" ON "Draft"("ownerId", "deletedAt");


