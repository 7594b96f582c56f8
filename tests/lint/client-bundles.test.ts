// What the browser downloads: every "use client" module and everything it imports for its values.
// zod must not be among them. Building a zod object schema runs zod's start-up check for `Function`,
// which the Content Security Policy (rightly) blocks and reports from every visitor's browser, and
// the forms validate on the server anyway. Shared limits and labels live in zod-free modules.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The modules a file imports for their values (not `import type`), as repo-relative paths or package names. */
function valueImports(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const found: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms)) {
    // `import { type A, type B } from` imports nothing at run time.
    if (/^import\s+\{\s*(?:type\s+\w+\s*,?\s*)+\}\s+from/m.test(m[0])) continue;
    found.push(m[1]);
  }
  for (const m of source.matchAll(/^import\s+"([^"]+)";/gm)) found.push(m[1]);
  return found.map((spec) => {
    if (!spec.startsWith("@/") && !spec.startsWith(".")) return spec;
    const base = spec.startsWith("@/") ? spec.slice(2) : path.join(path.dirname(file), spec);
    const candidate = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => fs.existsSync(path.join(root, f)));
    return candidate ?? base;
  });
}

/** Every module the browser gets from `entry`, with the chain that brought each one in. */
function browserGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const dep of valueImports(file)) {
      if (seen.has(dep)) continue;
      seen.set(dep, [...seen.get(file)!, dep]);
      // A server action module reaches the browser only as a reference to call, never its code.
      if (/\.tsx?$/.test(dep) && !/^\s*["']use server["']/.test(fs.readFileSync(path.join(root, dep), "utf8")))
        queue.push(dep);
    }
  }
  return seen;
}

const clientModules = [...sourceFiles("app"), ...sourceFiles("components")].filter((f) =>
  /^\s*["']use client["']/.test(fs.readFileSync(path.join(root, f), "utf8")),
);

it("finds the client modules", () => {
  expect(clientModules.length).toBeGreaterThan(10);
});

it.each(clientModules)("%s brings no zod into the browser", (file) => {
  const chain = browserGraph(file).get("zod");
  expect(chain, chain ? `zod reaches the browser through ${chain.join(" → ")}` : "").toBeUndefined();
});
