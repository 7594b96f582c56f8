-- CreateTable
CREATE TABLE "PageViewCount" (
    "path" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PageViewCount_pkey" PRIMARY KEY ("path","day")
);

-- CreateIndex
CREATE INDEX "PageViewCount_day_idx" ON "PageViewCount"("day");
