// Search log entries are buffered and written together about once a second, so logging never
// adds a database write to a visitor's request. Entries are scrubbed before they get here.
import "server-only";
import { recordSearchLogs, type SearchLogEntry } from "./mutations";

type Buffer = { entries: SearchLogEntry[]; timer?: NodeJS.Timeout };
const buffer: Buffer = ((globalThis as { __searchLog?: Buffer }).__searchLog ??= { entries: [] });

export function logSearch(entry: SearchLogEntry): void {
  buffer.entries.push(entry);
  if (buffer.entries.length >= 200) void flushSearchLog();
  else if (!buffer.timer) {
    buffer.timer = setTimeout(() => void flushSearchLog(), 1_000);
    buffer.timer.unref();
  }
}

export async function flushSearchLog(): Promise<void> {
  clearTimeout(buffer.timer);
  buffer.timer = undefined;
  const entries = buffer.entries.splice(0);
  // A failed log write never breaks a search; the entries are simply lost.
  await recordSearchLogs(entries).catch((error) =>
    console.warn(`Search log: ${entries.length} entries not written`, error),
  );
}
