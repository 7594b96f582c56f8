-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('helpful', 'comment', 'missing');

-- CreateEnum
CREATE TYPE "FeedbackTheme" AS ENUM ('information', 'service_quality', 'missing_support', 'ease_of_use', 'involvement');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('new', 'in_progress', 'responded', 'closed');

-- CreateEnum
CREATE TYPE "FeedbackPublication" AS ENUM ('undecided', 'publishable', 'excluded');

-- CreateTable
CREATE TABLE "Feedback" (
    "id" UUID NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "theme" "FeedbackTheme",
    "helpful" BOOLEAN,
    "comment" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "consentToPublish" BOOLEAN NOT NULL DEFAULT false,
    "pagePath" TEXT,
    "serviceId" UUID,
    "need" TEXT,
    "ageGroup" TEXT,
    "area" TEXT,
    "lookedFor" TEXT,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'new',
    "assigneeId" UUID,
    "notes" TEXT NOT NULL DEFAULT '',
    "response" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL DEFAULT '',
    "publication" "FeedbackPublication" NOT NULL DEFAULT 'undecided',
    "exclusion" TEXT,
    "exclusionNote" TEXT,
    "redactedComment" TEXT,
    "redactionApprovedById" UUID,
    "redactionApprovedAt" TIMESTAMP(3),
    "repliedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Feedback_status_createdAt_idx" ON "Feedback"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_kind_createdAt_idx" ON "Feedback"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_publication_createdAt_idx" ON "Feedback"("publication", "createdAt");
