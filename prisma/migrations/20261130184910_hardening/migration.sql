-- AlterTable
ALTER TABLE "SearchLog" ADD COLUMN     "views" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ServiceRevision" ADD COLUMN     "importSource" TEXT;

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");
