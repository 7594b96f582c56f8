// Which pages `next build` renders ahead, from the build the suite's site runs. Only pages with no data
// may be on the list: a page that reads the database and is built ahead shows the database as it was at
// build time for ever (approved edits never appear), and a build in a container, with no database,
// fails on it. A new page with no data can join the list; one that reads data must stay per request.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const NO_DATA = [
  "/_global-error",
  "/_not-found",
  "/about",
  "/accessibility",
  "/add-your-service/confirmed",
  "/admin/sign-in/check-email",
  "/check/thank-you",
  "/favicon.ico",
  "/feedback/missing/thank-you",
  "/feedback/thank-you",
  "/privacy",
];

test("only pages with no data are built ahead", async () => {
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "prerender-manifest.json");
  const built = Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")).routes as object).sort();
  expect(built.filter((route) => !NO_DATA.includes(route))).toEqual([]);
  // The list is not stale either: every page on it is still built ahead.
  expect(NO_DATA.filter((route) => !built.includes(route))).toEqual([]);
});
