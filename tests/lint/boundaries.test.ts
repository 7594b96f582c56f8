// The import boundaries of ADR 0016 are rules the linter enforces, not hopes. Every case is a file
// written into a scratch copy of the tree's layout; the project's own oxlint config lints them all
// in one run, and each test reads what it said about its files.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Diagnostic = { message: string; code: string; help?: string; filename: string };

const root = path.resolve(import.meta.dirname, "../..");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "lint-boundaries-"));

const useDb = 'import { db } from "@/lib/platform/db";\nexport const client = db;\n';
const useData = 'import { findThings } from "@/lib/things/data";\nexport const read = findThings;\n';
const useMutation = 'import { saveThing } from "@/lib/things/mutations";\nexport const write = saveThing;\n';
const useTypes =
  'import type { Thing } from "@/lib/things/data";\nimport type { Prisma } from "@/lib/generated/prisma/client";\n' +
  "export type View = Thing | Prisma.ServiceWhereInput;\n";
const usePrismaValue = 'import { Prisma } from "@/lib/generated/prisma/client";\nexport const n = Prisma.DbNull;\n';

const PRISMA_ALLOWED = [
  "lib/things/data.ts",
  "lib/things/mutations.ts",
  "lib/platform/runtime/database.ts",
  "scripts/do-thing.ts",
  "tests/integration/thing.test.ts",
  "prisma/seed/seed.ts",
  "auth.ts",
];
const cases: Record<string, string> = {
  "components/things/db.tsx": useDb,
  "components/things/data.tsx": useData,
  "components/things/mutation.tsx": useMutation,
  "components/things/types.tsx": useTypes,
  "app/(public)/things/data/page.tsx": useData,
  "app/(public)/things/mutation/page.tsx": useMutation,
  "app/(public)/things/types/page.tsx": useTypes,
  "app/api/things/route.ts": useDb,
  "lib/things/loaders.ts": useDb,
  "lib/things/actions.ts": usePrismaValue,
  "lib/things/outbox.ts": useDb,
  "lib/things/view.ts": useTypes,
  ...Object.fromEntries(PRISMA_ALLOWED.map((file) => [file, useDb])),
};

let diagnostics: Diagnostic[] = [];
const said = (file: string) =>
  diagnostics.filter((d) => d.filename === file && d.code.includes("no-restricted-imports"));

beforeAll(() => {
  fs.copyFileSync(path.join(root, ".oxlintrc.json"), path.join(scratch, ".oxlintrc.json"));
  for (const [file, source] of Object.entries(cases)) {
    fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    fs.writeFileSync(path.join(scratch, file), source);
  }
  const run = spawnSync(path.join(root, "node_modules/.bin/oxlint"), ["--format", "json", "."], {
    cwd: scratch,
    encoding: "utf8",
  });
  diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe("import boundaries (ADR 0016)", () => {
  it("stops a component from importing the database client, and says why", () => {
    expect(said("components/things/db.tsx")).toEqual([
      expect.objectContaining({
        message: "'@/lib/platform/db' import is restricted from being used.",
        help: expect.stringContaining("Components never reach the database"),
      }),
    ]);
  });

  it("stops components and pages from calling data or mutation modules, but lets them import types", () => {
    for (const file of ["components/things/data.tsx", "components/things/mutation.tsx"]) {
      expect(said(file), file).toHaveLength(1);
    }
    for (const file of ["app/(public)/things/data/page.tsx", "app/(public)/things/mutation/page.tsx"]) {
      expect(said(file), file).toHaveLength(1);
    }
    expect(said("components/things/types.tsx")).toEqual([]);
    expect(said("app/(public)/things/types/page.tsx")).toEqual([]);
  });

  it("keeps Prisma's values out of everything but data and mutation modules", () => {
    for (const file of [
      "app/api/things/route.ts",
      "lib/things/loaders.ts",
      "lib/things/actions.ts",
      "lib/things/outbox.ts",
    ]) {
      expect(said(file), file).toHaveLength(1);
    }
    expect(said("lib/things/view.ts")).toEqual([]);
  });

  it("allows Prisma where the ADR says: data.ts, mutations.ts, the platform's runtime, scripts, tests, seed", () => {
    for (const file of PRISMA_ALLOWED) expect(said(file), file).toEqual([]);
  });
});
