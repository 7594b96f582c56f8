-- CreateEnum
CREATE TYPE "EventState" AS ENUM ('draft', 'submitted', 'published', 'rejected', 'archived');

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "serviceId" UUID,
    "authorId" UUID,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "timezone" TEXT NOT NULL DEFAULT 'Europe/London',
    "rrule" TEXT,
    "venueName" TEXT,
    "address" TEXT,
    "postcode" TEXT,
    "onlineUrl" TEXT,
    "whoFor" TEXT NOT NULL DEFAULT '',
    "minimumAge" INTEGER,
    "maximumAge" INTEGER,
    "needs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "areas" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "accessibility" TEXT NOT NULL DEFAULT '',
    "isFree" BOOLEAN NOT NULL DEFAULT true,
    "cost" TEXT,
    "bookingHow" TEXT NOT NULL DEFAULT '',
    "bookingUrl" TEXT,
    "bookingPhone" TEXT,
    "state" "EventState" NOT NULL DEFAULT 'draft',
    "rejectionReason" TEXT,
    "reviewerId" UUID,
    "reviewedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_organisationId_idx" ON "Event"("organisationId");

-- CreateIndex
CREATE INDEX "Event_serviceId_idx" ON "Event"("serviceId");

-- CreateIndex
CREATE INDEX "Event_state_startsAt_idx" ON "Event"("state", "startsAt");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
