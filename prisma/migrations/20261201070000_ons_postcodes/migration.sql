-- CreateTable
CREATE TABLE "OnsPostcode" (
    "pcds" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "long" DOUBLE PRECISION NOT NULL,
    "doterm" TEXT,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnsPostcode_pkey" PRIMARY KEY ("pcds")
);
