// Each benchmark (npm run bench:import, bench:search, bench:load) owns one section of
// docs/benchmarks.md, between its own markers, so a run replaces its figures and leaves the rest —
// the other benchmarks' and the notes written by hand below them — as they were.
import fs from "node:fs";
import path from "node:path";

/** Replaces the section `<!-- bench:<name> -->…<!-- /bench:<name> -->`, or appends it; returns the file. */
export function writeBenchmarkSection(name: string, lines: string[], file = "docs/benchmarks.md"): string {
  const target = path.resolve(file);
  const section = `<!-- bench:${name} -->\n${lines.join("\n")}\n<!-- /bench:${name} -->`;
  const text = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "# Benchmarks\n";
  const pattern = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
  // A function, so "$" in the figures is never read as a replacement pattern.
  const updated = pattern.test(text) ? text.replace(pattern, () => section) : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(target, updated);
  return target;
}
