-- Story bank paging (issue 10, docs/decisions/008-story-bank-paging.md).
-- AlterTable
ALTER TABLE "Draft" ADD COLUMN "searchText" TEXT;

-- CreateIndex
CREATE INDEX "Draft_ownerId_deletedAt_archivedAt_updatedAt_id_idx" ON "Draft"("ownerId", "deletedAt", "archivedAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Draft_ownerId_deletedAt_archivedAt_tags_id_idx" ON "Draft"("ownerId", "deletedAt", "archivedAt", "tags", "id");
