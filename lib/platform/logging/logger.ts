// The one logger (pino): JSON lines on stdout, one object per event, so a council's log service can
// search and count them. Level from LOG_LEVEL (trace, debug, info, warn, error, fatal, silent;
// default info). Never log personal data: no names, emails, addresses, cookies, IP addresses, user
// agents or search words (request paths go through loggedPath first, see request-log.ts).
import os from "node:os";
import pino, { type DestinationStream, type Logger } from "pino";

const LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

export function logLevel(env: Record<string, string | undefined> = process.env): string {
  const level = (env.LOG_LEVEL ?? "").trim().toLowerCase();
  return LEVELS.includes(level) ? level : "info";
}

/** A logger writing to `destination` (stdout by default); tests pass their own stream. */
export function createLogger(destination?: DestinationStream, level = logLevel()): Logger {
  const options = {
    level,
    base: { service: "local-offer", pid: process.pid, hostname: os.hostname() },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

// One per process: the server script and Next.js's bundles each load their own copy of this module,
// and both write to the same stdout.
export const log: Logger = ((globalThis as { __logger?: Logger }).__logger ??= createLogger());
