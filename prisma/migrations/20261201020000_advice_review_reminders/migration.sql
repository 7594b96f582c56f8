-- CreateTable
CREATE TABLE "AdviceReviewReminder" (
    "id" UUID NOT NULL,
    "advicePageId" UUID NOT NULL,
    "sentTo" TEXT NOT NULL,
    "stage" INTEGER NOT NULL DEFAULT 1,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "AdviceReviewReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdviceReviewReminder_advicePageId_sentAt_idx" ON "AdviceReviewReminder"("advicePageId", "sentAt");

-- AddForeignKey
ALTER TABLE "AdviceReviewReminder" ADD CONSTRAINT "AdviceReviewReminder_advicePageId_fkey" FOREIGN KEY ("advicePageId") REFERENCES "AdvicePage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
