-- AlterTable
ALTER TABLE "SearchOutbox" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'service';

-- CreateTable
CREATE TABLE "AdviceSearchDocument" (
    "adviceId" UUID NOT NULL,
    "document" JSONB NOT NULL,
    "vector" tsvector,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdviceSearchDocument_pkey" PRIMARY KEY ("adviceId")
);

-- CreateIndex
CREATE INDEX "AdviceSearchDocument_vector_idx" ON "AdviceSearchDocument" USING GIN ("vector");
