-- Story bank paging (issue 10, docs/decisions/008-story-bank-paging.md).
-- AlterTable
ALTER TABLE "Draft" ADD COLUMN "searchText" TEXT;

-- DropIndex
DROP INDEX "Draft_ownerId_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Draft_ownerId_updatedAt_id_idx" ON "Draft"("ownerId", "updatedAt", "id");
