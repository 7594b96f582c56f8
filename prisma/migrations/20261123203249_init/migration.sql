-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('council', 'nhs', 'school', 'charity', 'private', 'community');

-- CreateEnum
CREATE TYPE "ServiceStatus" AS ENUM ('active', 'inactive', 'defunct', 'temporarily_closed');

-- CreateEnum
CREATE TYPE "AccessMethod" AS ENUM ('self_refer', 'referral', 'drop_in');

-- CreateEnum
CREATE TYPE "CostType" AS ENUM ('free', 'paid', 'ask');

-- CreateEnum
CREATE TYPE "RevisionState" AS ENUM ('draft', 'submitted', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'provider');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'community',
    "email" TEXT,
    "website" TEXT,
    "logo" TEXT,
    "uri" TEXT,
    "sourceSystem" TEXT,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "whoFor" TEXT NOT NULL,
    "status" "ServiceStatus" NOT NULL DEFAULT 'active',
    "closureMessage" TEXT,
    "reopeningDate" DATE,
    "accessMethod" "AccessMethod" NOT NULL,
    "referralRoute" TEXT,
    "referralUrl" TEXT,
    "eligibility" TEXT,
    "waitingTime" TEXT,
    "url" TEXT,
    "email" TEXT,
    "fees" TEXT,
    "accreditations" TEXT,
    "minimumAge" INTEGER NOT NULL,
    "maximumAge" INTEGER NOT NULL,
    "costType" "CostType" NOT NULL,
    "sendAnswers" JSONB NOT NULL DEFAULT '{}',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastCheckedAt" DATE,
    "reviewDueAt" DATE,
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "sourceSystem" TEXT,
    "sourceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "name" TEXT,
    "title" TEXT,
    "email" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phone" (
    "id" UUID NOT NULL,
    "contactId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Phone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "locationType" TEXT NOT NULL DEFAULT 'physical',
    "name" TEXT NOT NULL,
    "description" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "address1" TEXT NOT NULL,
    "address2" TEXT,
    "city" TEXT NOT NULL,
    "stateProvince" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT 'GB',
    "addressType" TEXT NOT NULL DEFAULT 'physical',

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Accessibility" (
    "id" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "details" TEXT,
    "url" TEXT,

    CONSTRAINT "Accessibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceAtLocation" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "locationId" UUID NOT NULL,

    CONSTRAINT "ServiceAtLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "serviceAtLocationId" UUID,
    "freq" TEXT NOT NULL DEFAULT 'WEEKLY',
    "interval" INTEGER NOT NULL DEFAULT 1,
    "byday" TEXT NOT NULL DEFAULT '',
    "bymonthday" TEXT,
    "dtstart" DATE,
    "validFrom" DATE,
    "validTo" DATE,
    "opensAt" TEXT,
    "closesAt" TEXT,
    "termTimeOnly" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "attendingType" TEXT,
    "notes" TEXT,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostOption" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "option" TEXT NOT NULL,
    "amount" DECIMAL(10,2),
    "amountDescription" TEXT,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "CostOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Language" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "note" TEXT,

    CONSTRAINT "Language_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceArea" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "areaCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "extent" TEXT,
    "extentType" TEXT,
    "uri" TEXT,

    CONSTRAINT "ServiceArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Taxonomy" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "uri" TEXT,
    "version" TEXT,

    CONSTRAINT "Taxonomy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyTerm" (
    "id" UUID NOT NULL,
    "taxonomyId" UUID NOT NULL,
    "parentId" UUID,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "termUri" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TaxonomyTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceTerm" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "termId" UUID NOT NULL,

    CONSTRAINT "ServiceTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRevision" (
    "id" UUID NOT NULL,
    "serviceId" UUID,
    "organisationId" UUID NOT NULL,
    "state" "RevisionState" NOT NULL DEFAULT 'draft',
    "data" JSONB NOT NULL,
    "baseUpdatedAt" TIMESTAMP(3),
    "reason" TEXT,
    "authorId" UUID,
    "reviewerId" UUID,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" UUID,
    "actorEmail" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "serviceId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchLog" (
    "id" BIGSERIAL NOT NULL,
    "query" TEXT NOT NULL,
    "filters" JSONB NOT NULL DEFAULT '{}',
    "resultCount" INTEGER NOT NULL,
    "engine" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThesaurusEntry" (
    "id" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "synonyms" TEXT[],
    "explanation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThesaurusEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'provider',
    "organisationId" UUID,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewReminder" (
    "id" UUID NOT NULL,
    "serviceId" UUID NOT NULL,
    "sentTo" TEXT NOT NULL,
    "stage" INTEGER NOT NULL DEFAULT 1,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "answer" TEXT,

    CONSTRAINT "ReviewReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_sourceSystem_sourceId_key" ON "Organisation"("sourceSystem", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Service_slug_key" ON "Service"("slug");

-- CreateIndex
CREATE INDEX "Service_organisationId_idx" ON "Service"("organisationId");

-- CreateIndex
CREATE INDEX "Service_publishedAt_archivedAt_idx" ON "Service"("publishedAt", "archivedAt");

-- CreateIndex
CREATE INDEX "Service_reviewDueAt_idx" ON "Service"("reviewDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Service_sourceSystem_sourceId_key" ON "Service"("sourceSystem", "sourceId");

-- CreateIndex
CREATE INDEX "Contact_serviceId_idx" ON "Contact"("serviceId");

-- CreateIndex
CREATE INDEX "Phone_contactId_idx" ON "Phone"("contactId");

-- CreateIndex
CREATE INDEX "Address_locationId_idx" ON "Address"("locationId");

-- CreateIndex
CREATE INDEX "Address_postalCode_idx" ON "Address"("postalCode");

-- CreateIndex
CREATE INDEX "Accessibility_locationId_idx" ON "Accessibility"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceAtLocation_serviceId_locationId_key" ON "ServiceAtLocation"("serviceId", "locationId");

-- CreateIndex
CREATE INDEX "Schedule_serviceId_idx" ON "Schedule"("serviceId");

-- CreateIndex
CREATE INDEX "CostOption_serviceId_idx" ON "CostOption"("serviceId");

-- CreateIndex
CREATE INDEX "Language_serviceId_idx" ON "Language"("serviceId");

-- CreateIndex
CREATE INDEX "ServiceArea_serviceId_idx" ON "ServiceArea"("serviceId");

-- CreateIndex
CREATE INDEX "ServiceArea_areaCode_idx" ON "ServiceArea"("areaCode");

-- CreateIndex
CREATE UNIQUE INDEX "Taxonomy_code_key" ON "Taxonomy"("code");

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyTerm_taxonomyId_code_key" ON "TaxonomyTerm"("taxonomyId", "code");

-- CreateIndex
CREATE INDEX "ServiceTerm_termId_idx" ON "ServiceTerm"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceTerm_serviceId_termId_key" ON "ServiceTerm"("serviceId", "termId");

-- CreateIndex
CREATE INDEX "ServiceRevision_serviceId_state_idx" ON "ServiceRevision"("serviceId", "state");

-- CreateIndex
CREATE INDEX "ServiceRevision_state_idx" ON "ServiceRevision"("state");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_availableAt_idx" ON "SearchOutbox"("processedAt", "availableAt");

-- CreateIndex
CREATE INDEX "SearchLog_createdAt_idx" ON "SearchLog"("createdAt");

-- CreateIndex
CREATE INDEX "SearchLog_resultCount_idx" ON "SearchLog"("resultCount");

-- CreateIndex
CREATE UNIQUE INDEX "ThesaurusEntry_term_key" ON "ThesaurusEntry"("term");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "EmailMessage_to_createdAt_idx" ON "EmailMessage"("to", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewReminder_tokenHash_key" ON "ReviewReminder"("tokenHash");

-- CreateIndex
CREATE INDEX "ReviewReminder_serviceId_sentAt_idx" ON "ReviewReminder"("serviceId", "sentAt");

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Phone" ADD CONSTRAINT "Phone_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accessibility" ADD CONSTRAINT "Accessibility_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceAtLocation" ADD CONSTRAINT "ServiceAtLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_serviceAtLocationId_fkey" FOREIGN KEY ("serviceAtLocationId") REFERENCES "ServiceAtLocation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostOption" ADD CONSTRAINT "CostOption_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Language" ADD CONSTRAINT "Language_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceArea" ADD CONSTRAINT "ServiceArea_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxonomyTerm" ADD CONSTRAINT "TaxonomyTerm_taxonomyId_fkey" FOREIGN KEY ("taxonomyId") REFERENCES "Taxonomy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxonomyTerm" ADD CONSTRAINT "TaxonomyTerm_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "TaxonomyTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTerm" ADD CONSTRAINT "ServiceTerm_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceTerm" ADD CONSTRAINT "ServiceTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewReminder" ADD CONSTRAINT "ReviewReminder_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
