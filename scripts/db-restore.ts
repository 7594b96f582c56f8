// npm run db:restore -- FILE — replaces everything in the database `npm start` uses with a backup made
// by npm run db:backup. Stop the site first, or restart it after: its page cache still holds old pages.
import { restoreDatabase, BackupMismatch } from "@/lib/platform/runtime/backup";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";

const file = process.argv[2] ?? "";
const database = await prepareDatabase(() => {});
let code = 0;
try {
  await restoreDatabase(database.url, file, console.log);
} catch (error) {
  // Problems the person can fix are said in plain words; anything else keeps its detail for a developer.
  console.error(error instanceof BackupMismatch ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
