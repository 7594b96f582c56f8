-- Full-text search fallback: accents folded with unaccent, misspellings matched with pg_trgm.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateTable
CREATE TABLE "SearchDocument" (
    "serviceId" UUID NOT NULL,
    "document" JSONB NOT NULL,
    "vector" tsvector,
    "name" TEXT NOT NULL,
    "needs" TEXT[],
    "categories" TEXT[],
    "areas" TEXT[],
    "costType" TEXT NOT NULL,
    "days" TEXT[],
    "ageGroups" TEXT[],
    "minAge" INTEGER NOT NULL,
    "maxAge" INTEGER NOT NULL,
    "lastChecked" INTEGER NOT NULL,
    "lats" DOUBLE PRECISION[],
    "lngs" DOUBLE PRECISION[],
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("serviceId")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchDocument_vector_idx" ON "SearchDocument" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "SearchDocument_name_idx" ON "SearchDocument"("name");

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);
