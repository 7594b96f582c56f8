-- CreateEnum
CREATE TYPE "AdviceAudience" AS ENUM ('parents', 'young_people');

-- AlterEnum
ALTER TYPE "RevisionSubject" ADD VALUE 'advice';

-- AlterTable
ALTER TABLE "ServiceRevision" ADD COLUMN     "advicePageId" UUID;

-- CreateTable
CREATE TABLE "AdvicePage" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "audience" "AdviceAudience" NOT NULL DEFAULT 'parents',
    "easyRead" TEXT,
    "schedule2" INTEGER[],
    "categoryCodes" TEXT[],
    "relatedServiceIds" UUID[],
    "ownerId" UUID,
    "lastCheckedAt" DATE,
    "reviewDueAt" DATE,
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdvicePage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdvicePage_slug_key" ON "AdvicePage"("slug");

-- CreateIndex
CREATE INDEX "AdvicePage_reviewDueAt_idx" ON "AdvicePage"("reviewDueAt");

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_advicePageId_fkey" FOREIGN KEY ("advicePageId") REFERENCES "AdvicePage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvicePage" ADD CONSTRAINT "AdvicePage_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
