-- CreateEnum
CREATE TYPE "RevisionSubject" AS ENUM ('service', 'organisation');

-- CreateEnum
CREATE TYPE "SubmissionState" AS ENUM ('in_progress', 'awaiting_confirmation', 'confirmed');

-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('new', 'made_into_edit', 'dismissed');

-- AlterEnum
ALTER TYPE "RevisionState" ADD VALUE 'changes_requested';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "approvedAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "charityNumber" TEXT,
ADD COLUMN     "companyNumber" TEXT,
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "ServiceRevision" ADD COLUMN     "duplicateOfId" UUID,
ADD COLUMN     "subject" "RevisionSubject" NOT NULL DEFAULT 'service';

-- CreateTable
CREATE TABLE "ServiceSubmission" (
    "id" UUID NOT NULL,
    "state" "SubmissionState" NOT NULL DEFAULT 'in_progress',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "email" TEXT,
    "organisationId" UUID,
    "resumeTokenHash" TEXT,
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "revisionId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeSuggestion" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "state" "SuggestionState" NOT NULL DEFAULT 'new',
    "revisionId" UUID,
    "handledById" UUID,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingViewCount" (
    "serviceId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ListingViewCount_pkey" PRIMARY KEY ("serviceId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceSubmission_resumeTokenHash_key" ON "ServiceSubmission"("resumeTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceSubmission_confirmTokenHash_key" ON "ServiceSubmission"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "ServiceSubmission_state_updatedAt_idx" ON "ServiceSubmission"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "ChangeSuggestion_state_createdAt_idx" ON "ChangeSuggestion"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeSuggestion_serviceId_idx" ON "ChangeSuggestion"("serviceId");

-- AddForeignKey
ALTER TABLE "ChangeSuggestion" ADD CONSTRAINT "ChangeSuggestion_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListingViewCount" ADD CONSTRAINT "ListingViewCount_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
