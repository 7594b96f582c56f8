// npm run db:seed — adds the demo directory to an empty database (the one `npm start` uses, or
// DATABASE_URL): on purpose only, never as part of a production start.
// `npm run db:seed -- --advice` adds only the starter advice pages (edit them before going live:
// they name the fictional borough of Seabourne and its contact details).
import { db } from "@/lib/platform/db";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";
import { addStarterContent, seedDemoData, seedStarterAdvice } from "@/prisma/seed/seed";

const database = await prepareDatabase();
try {
  if (process.argv.includes("--advice")) {
    await addStarterContent(db());
    await seedStarterAdvice(db());
  } else await seedDemoData(db());
} finally {
  await db().$disconnect();
  await database.stop();
}
