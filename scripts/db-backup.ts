// npm run db:backup -- FILE — a backup of the database `npm start` uses (DATABASE_URL or the embedded
// one, attached to while the site runs). See lib/platform/runtime/backup.ts for the format.
import { backupDatabase, BackupMismatch } from "@/lib/platform/runtime/backup";
import { prepareDatabase } from "@/lib/platform/runtime/prepare";

const file = process.argv[2] ?? "";
const database = await prepareDatabase(() => {});
let code = 0;
try {
  await backupDatabase(database.url, file, console.log);
} catch (error) {
  // Problems the person can fix are said in plain words; anything else keeps its detail for a developer.
  console.error(error instanceof BackupMismatch ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
