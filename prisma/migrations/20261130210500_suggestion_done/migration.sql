-- AlterEnum
ALTER TYPE "SuggestionState" ADD VALUE 'done';
