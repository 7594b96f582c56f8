import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { writeBenchmarkSection } from "./benchmarks-doc";

it("replaces its own section, keeps the rest and the notes after it, and appends when missing", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-doc-")), "benchmarks.md");
  fs.writeFileSync(file, "# Benchmarks\n\n<!-- bench:load -->\nold\n<!-- /bench:load -->\n\nA note by hand.\n");
  writeBenchmarkSection("load", ["new $& figures"], file);
  writeBenchmarkSection("search", ["searching"], file);
  expect(fs.readFileSync(file, "utf8")).toBe(
    "# Benchmarks\n\n<!-- bench:load -->\nnew $& figures\n<!-- /bench:load -->\n\nA note by hand.\n\n" +
      "<!-- bench:search -->\nsearching\n<!-- /bench:search -->\n",
  );
});
