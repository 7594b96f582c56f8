import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, REQUIRED_BY_SERVE, SETTINGS } from "./config";

const good = {
  DATABASE_URL: "postgres://localoffer:pw@db.internal:5432/localoffer",
  AUTH_SECRET: "x".repeat(44),
};

function problems(env: Record<string, string | undefined>, required = REQUIRED_BY_SERVE): string[] {
  try {
    parseConfig(env, required);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe("the configuration schema", () => {
  it("applies defaults and turns numbers into numbers", () => {
    const config = parseConfig(good, REQUIRED_BY_SERVE);
    expect(config).toMatchObject({
      PORT: 3000,
      DATABASE_POOL_SIZE: 10,
      PAGE_CACHE_SECONDS: 60,
      MEILISEARCH_INDEX: "services",
      NEXT_DIST_DIR: ".next",
      EMAIL_FROM: "Seabourne Local Offer <local.offer@seabourne.example>",
    });
    // Defaults that name another setting are not values of their own.
    expect(config.APP_URL).toBeUndefined();
    expect(config.DATABASE_DIRECT_URL).toBeUndefined();
    expect(config.MEILISEARCH_URL).toBeUndefined();
  });

  it("names each missing required setting and what to set it to", () => {
    expect(problems({})).toEqual([
      "DATABASE_URL is not set. Set it to a PostgreSQL address starting postgres:// or postgresql://, " +
        "for example postgres://localoffer:password@db.internal:5432/localoffer.",
      "AUTH_SECRET is not set. Set it to a random secret of at least 32 characters, " +
        "for example the output of `openssl rand -base64 32`.",
    ]);
    // An empty value is unset, as `DATABASE_URL=` in a shell means.
    expect(problems({ ...good, DATABASE_URL: "" })[0]).toMatch(/^DATABASE_URL is not set/);
    // Not required elsewhere (npm start starts its own database).
    expect(problems({}, [])).toEqual([]);
  });

  it("lists every wrong value, saying what is expected, without repeating secrets", () => {
    const found = problems({
      ...good,
      PORT: "eighty",
      DATABASE_POOL_SIZE: "0",
      PAGE_CACHE_SECONDS: "-1",
      APP_URL: "localoffer.example.org",
      MEILISEARCH_URL: "ftp://meili",
      SMTP_URL: "http://user:hunter2@mail",
      AUTH_SECRET: "short-secret-hunter2",
      TRUSTED_PROXIES: "10.0.0.0/8, not-an-address",
      SEARCH_WORKER: "no",
    });
    expect(found).toEqual(
      [
        "AUTH_SECRET is not valid: it should be a random secret of at least 32 characters, for example the output of `openssl rand -base64 32`.",
        'APP_URL is "localoffer.example.org": it should be a web address starting http:// or https://, for example https://localoffer.seabourne.gov.uk.',
        'PORT is "eighty": it should be a port number from 1 to 65535, for example 3000.',
        "SMTP_URL is not valid: it should be a mail server address starting smtp:// or smtps://, for example smtps://user:password@smtp.example.org:465.",
        'MEILISEARCH_URL is "ftp://meili": it should be a web address starting http:// or https://, for example http://meilisearch.internal:7700.',
        'SEARCH_WORKER is "no": it should be off, or unset, for example off.',
        'PAGE_CACHE_SECONDS is "-1": it should be a number of seconds (0 or more), for example 60.',
        'DATABASE_POOL_SIZE is "0": it should be a whole number from 1 to 1000, for example 10.',
        'TRUSTED_PROXIES is "10.0.0.0/8, not-an-address": it should be IP addresses or CIDR ranges separated by commas, for example 10.0.0.0/8, 172.16.0.0/12.',
      ].sort((a, b) => order(a) - order(b)),
    );
    expect(found.join("\n")).not.toContain("hunter2");
  });

  it("accepts well-formed values of every kind", () => {
    const config = parseConfig(
      {
        ...good,
        PORT: "8080",
        APP_URL: "https://localoffer.seabourne.gov.uk",
        SMTP_URL: "smtps://user:pw@smtp.example.org:465",
        TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8::1, 192.168.1.1",
        MEILISEARCH_URL: "http://meilisearch:7700",
        DATABASE_QUERY_TIMEOUT_MS: "0",
        EMAIL_FROM: "local.offer@seabourne.gov.uk",
      },
      REQUIRED_BY_SERVE,
    );
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_QUERY_TIMEOUT_MS).toBe(0);
  });

  it("describes every setting with what it expects and an example", () => {
    for (const [name, s] of Object.entries(SETTINGS)) {
      expect(s.description.length, name).toBeGreaterThan(10);
      expect(s.expected, name).toBeTruthy();
      expect(s.example, name).toBeTruthy();
    }
  });
});

/** Problems come in the schema's order. */
function order(message: string): number {
  return Object.keys(SETTINGS).indexOf(message.split(" ")[0]);
}
