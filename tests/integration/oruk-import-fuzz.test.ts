// Issue 16 item 7: hostile bytes never stop an import. 400 records generated from a fixed seed (wrong
// types, huge strings, control characters, NULs, lone surrogates, arrays where objects belong,
// numbers as names, deep nesting) go through the command line: it exits 0, prints its plain final
// line, and every record is accounted for, with no raw database message in the report.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import type { ImportReport } from "@/lib/oruk/import";

const run = promisify(execFile);

// mulberry32: small, seeded, the same records on every run.
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261201);
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
const HOSTILE = [
  "\u0000",
  "\u0007",
  "\u001b[2J",
  "\ud800",
  "\udfff",
  "\u007f",
  "\u0085",
  "\r",
  "\u2028",
  "😀",
  "\ufeff",
];
const words = (n: number) =>
  Array.from({ length: n }, () => pick(["play", "autism", "club", "<b>help</b>", "&amp;", "café", "support"])).join(
    " ",
  );
const hostile = (text: string) =>
  text
    .split(" ")
    .map((w) => (random() < 0.3 ? `${w}${pick(HOSTILE)}` : w))
    .join(" ");
const nested = (depth: number): unknown => (depth === 0 ? "bottom\u0000" : { a: [nested(depth - 1)] });

function text(): unknown {
  return pick<() => unknown>([
    () => hostile(words(1 + Math.floor(random() * 8))),
    () => hostile(words(5)).repeat(2000 + Math.floor(random() * 20000)), // 60 KB to 600 KB
    () => Math.floor(random() * 1e6),
    () => null,
    () => [words(2)],
    () => ({ text: words(2) }),
    () => "\u0000".repeat(50),
    () => "",
    () => true,
  ])();
}

function fuzzRecord(i: number, earlierIds: unknown[]): unknown {
  if (random() < 0.03) return pick<unknown>([42, "a service", null, [1, 2], []]);
  const id = pick<() => unknown>([
    () => `fuzz-${i}`,
    () => `fuzz-${i}\u0000`,
    () => `fuzz\ud800-${i}`,
    () => i,
    () => undefined,
    () => [`fuzz-${i}`],
    () => `fuzz-${i}-${"x".repeat(5000)}`,
    () => (earlierIds.length ? pick(earlierIds) : `fuzz-${i}`),
  ])();
  earlierIds.push(id);
  return {
    id,
    name: random() < 0.7 ? `${hostile(words(3))} ${i}` : text(),
    description: random() < 0.5 ? `<p>${hostile(words(20))} Call 01724 296${String(i).padStart(3, "0")}.</p>` : text(),
    url: pick<unknown>([
      "",
      "https://example.org/x",
      "javascript:alert(1)",
      text(),
      `https://e.org/${"a".repeat(3000)}`,
    ]),
    email: pick<unknown>(["", "a@example.org", "a\u0000@example.org", text()]),
    status: pick<unknown>(["active", "temporarily closed", text()]),
    alert: text(),
    minimum_age: pick<unknown>([3, -5, 1e9, Number.NaN, "7", null]),
    maximum_age: pick<unknown>([18, 100, -1, "x", null]),
    fees: text(),
    attending_type: text(),
    attending_access: text(),
    organization: pick<unknown>([
      { id: `org-${i % 7}`, name: text(), url: text(), email: text(), description: text() },
      [{ id: "org-array" }],
      "an organisation",
      nested(40),
      null,
    ]),
    contacts: pick<unknown>([
      [{ name: text(), email: text(), phones: [{ number: text() }] }],
      { phones: "01724" },
      [1, 2],
    ]),
    phones: pick<unknown>([[{ number: "01724 296800" }], "01724 296800", [{ number: text() }]]),
    languages: pick<unknown>([[{ name: text(), code: text() }], "English", [null]]),
    service_at_locations: pick<unknown>([
      [{ location: { name: text(), addresses: [{ address_1: text(), city: text(), postal_code: "DN15 6NL" }] } }],
      { location: "here" },
      [nested(60)],
    ]),
    schedules: pick<unknown>([[{ byday: text(), opens_at: text(), closes_at: "17:00" }], "weekdays", [[]]]),
    cost_options: pick<unknown>([[{ option: text(), amount: pick([-1, 5, "5", Infinity]) }], 5]),
    pc_targetAudience: pick<unknown>([[{ audienceType: text() }], [text()], {}]),
    [`key\u0000${i}`]: text(),
  };
}

describe("importing a fuzzed feed from the command line", () => {
  it("exits 0, prints the plain final line and accounts for every record, with no raw database message", async () => {
    const earlierIds: unknown[] = [];
    const feed = Array.from({ length: 400 }, (_, i) => fuzzRecord(i, earlierIds));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oruk-fuzz-"));
    const file = path.join(dir, "fuzz.json");
    const reportFile = path.join(dir, "report.json");
    fs.writeFileSync(file, JSON.stringify({ content: feed, totalPages: 1 }));

    const { stdout } = await run(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "--conditions=react-server",
        "scripts/import-oruk.ts",
        file,
        "--source",
        "fuzz",
        "--publish",
        "--report",
        reportFile,
      ],
      { env: { ...process.env, MEILISEARCH: "off" }, maxBuffer: 50_000_000 },
    ); // rejects on a non-zero exit
    const last = stdout.trim().split("\n").at(-1)!;
    const m = new RegExp(
      String.raw`^imported (\d+), updated (\d+), for review (\d+), unchanged (\d+), ` +
        String.raw`skipped (\d+), needing contact details (\d+)$`,
    ).exec(last);
    expect(m, last).not.toBeNull();
    const [imported, updated, forReview, unchanged, skipped, needsContact] = m!.slice(1).map(Number);
    expect(imported + updated + forReview + unchanged + skipped).toBe(400);
    expect(imported).toBeGreaterThan(250);

    const report = JSON.parse(fs.readFileSync(reportFile, "utf8")) as ImportReport;
    expect(report.records).toBe(400);
    expect(report.skippedRecords).toHaveLength(skipped);
    expect(report.needsContactRecords).toHaveLength(needsContact);
    const indexes = [...report.skippedRecords.map((s) => s.index)];
    expect(new Set(indexes).size).toBe(indexes.length);
    for (const s of report.skippedRecords) {
      // Only what cannot be a listing at all: not a record, no name, a repeated id or a duplicate.
      expect(s.reason, JSON.stringify(s)).toMatch(/not a service record|no service name|same id appears|duplicate of/);
      expect(s.reason).not.toMatch(/Code:|invocation|ConnectorError|invalid byte sequence|\n/);
    }
    expect(await db().service.count({ where: { sourceSystem: "fuzz" } })).toBe(imported);
    // --publish never published a listing without contact details.
    const drafts = report.needsContactRecords.map((d) => d.id);
    expect(
      await db().service.count({
        where: { sourceSystem: "fuzz", sourceId: { in: drafts }, publishedAt: { not: null } },
      }),
    ).toBe(0);
  }, 240_000);
});
