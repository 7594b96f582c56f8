// Prisma CLI configuration. Only `prisma generate` is used here (the migrate commands need a
// native engine this machine cannot download: scripts/db-migrate.ts applies migrations instead).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
