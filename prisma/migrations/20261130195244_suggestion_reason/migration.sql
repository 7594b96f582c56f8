-- AlterTable
ALTER TABLE "ChangeSuggestion" ADD COLUMN     "reason" TEXT;
