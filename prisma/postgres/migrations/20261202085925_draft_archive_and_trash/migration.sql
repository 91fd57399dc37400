-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Draft_ownerId_deletedAt_idx" ON "Draft"("ownerId", "deletedAt");


