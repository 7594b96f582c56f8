// npm run db:seed — adds the demo directory to an empty database (the one `npm start` uses).
import { db } from "@/lib/platform/db";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { seedDemoData } from "@/prisma/seed/seed";

const database = await prepareDatabase();
try {
  await seedDemoData(db());
} finally {
  await db().$disconnect();
  await database.stop();
}
