-- Per-category review period (issue 4): months between checks for listings in a category.
ALTER TABLE "TaxonomyTerm" ADD COLUMN "reviewMonths" INTEGER;
