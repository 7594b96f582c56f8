-- AlterTable
ALTER TABLE "SearchDocument" ADD COLUMN     "access" TEXT[],
ADD COLUMN     "delivery" TEXT[],
ADD COLUMN     "languages" TEXT[],
ADD COLUMN     "times" TEXT[];

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "deliveryMethods" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The PostgreSQL search documents are built from the listings and now need these facts: emptying them
-- makes the next start (npm start, or npm run serve's index check) rebuild both search engines.
DELETE FROM "SearchDocument";
