-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "easyRead" TEXT;
