// docs/deploying.md lists every setting the configuration schema knows, with the same default, so a
// hosting team never meets a setting the guide does not mention.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { REQUIRED_BY_SERVE, SETTINGS } from "@/lib/platform/config";

const doc = fs.readFileSync("docs/deploying.md", "utf8");
const rows = new Map(
  doc
    .split("\n")
    .map((line) => line.match(/^\| `([A-Z_0-9]+)` \| ([^|]+) \|/))
    .filter((m): m is RegExpMatchArray => !!m)
    .map((m) => [m[1], m[2].trim()]),
);

describe("docs/deploying.md", () => {
  it("has a row for every setting in lib/platform/config.ts, and none it does not know", () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(SETTINGS).sort());
  });

  it("gives each the schema's default, or says it is required", () => {
    for (const [name, s] of Object.entries(SETTINGS)) {
      const d = (s as { default?: string }).default;
      const wanted = REQUIRED_BY_SERVE.includes(name as never) ? "**required**" : d ? `\`${d}\`` : "unset";
      expect(rows.get(name), name).toBe(wanted);
    }
  });

  it("names the three production commands and the backup", () => {
    for (const command of ["npm run build", "npm run db:migrate", "npm run serve", "npm run db:backup"])
      expect(doc).toContain(command);
  });
});
