-- CreateTable
CREATE TABLE "DraftGrade" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "overall" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "overrides" TEXT NOT NULL DEFAULT '{}',
    "engineLabels" TEXT NOT NULL,
    "engineScore" INTEGER NOT NULL,
    "gradedText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DraftGrade_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DraftGrade_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DraftGrade_coachId_updatedAt_idx" ON "DraftGrade"("coachId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DraftGrade_draftId_coachId_key" ON "DraftGrade"("draftId", "coachId");
