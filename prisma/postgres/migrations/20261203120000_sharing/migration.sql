-- CreateTable
CREATE TABLE "DraftInvite" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "usedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftShare" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "coachId" TEXT NOT NULL,
    "grantedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "DraftShare_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DraftInvite_tokenHash_key" ON "DraftInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "DraftInvite_draftId_createdAt_idx" ON "DraftInvite"("draftId", "createdAt");

-- CreateIndex
CREATE INDEX "DraftShare_draftId_revokedAt_idx" ON "DraftShare"("draftId", "revokedAt");

-- CreateIndex
CREATE INDEX "DraftShare_coachId_revokedAt_idx" ON "DraftShare"("coachId", "revokedAt");

-- AddForeignKey
ALTER TABLE "DraftInvite" ADD CONSTRAINT "DraftInvite_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftInvite" ADD CONSTRAINT "DraftInvite_usedById_fkey" FOREIGN KEY ("usedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftShare" ADD CONSTRAINT "DraftShare_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftShare" ADD CONSTRAINT "DraftShare_coachId_fkey" FOREIGN KEY ("coachId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


