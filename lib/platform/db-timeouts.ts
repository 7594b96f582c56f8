// How long a database connection or statement may take before the caller gets an error instead of
// waiting: a database that hangs (overloaded, a network black hole, a frozen server) must turn into
// the plain error page in seconds, not a visitor's browser spinning until the proxy gives up.
// Shared by the Prisma pool (db.ts) and the search worker's LISTEN connection.

function milliseconds(name: string, fallback: number): number {
  const value = process.env[name];
  const ms = value === undefined || value === "" ? fallback : Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : fallback;
}

export function databaseTimeouts(): { connectMs: number; queryMs: number } {
  return {
    // Opening a connection, and waiting for a free one when the pool is busy.
    connectMs: milliseconds("DATABASE_CONNECT_TIMEOUT_MS", 2_000),
    // One statement: PostgreSQL cancels it (statement_timeout) and, if the server itself does not
    // answer, the client gives up too (query_timeout). 0 turns both off, for long bulk jobs.
    queryMs: milliseconds("DATABASE_QUERY_TIMEOUT_MS", 3_000),
  };
}
