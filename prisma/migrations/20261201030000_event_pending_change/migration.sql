-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "changeAuthorId" UUID,
ADD COLUMN     "changeReason" TEXT,
ADD COLUMN     "changeState" "EventState",
ADD COLUMN     "changeSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "pendingChange" JSONB;

-- CreateIndex
CREATE INDEX "Event_changeState_idx" ON "Event"("changeState");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_changeAuthorId_fkey" FOREIGN KEY ("changeAuthorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
