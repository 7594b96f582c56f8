// Which pages `next build` renders ahead, from the build the suite's site runs. Only pages with no data
// may be on the list: a page that reads the database and is built ahead shows the database as it was at
// build time for ever (approved edits never appear), and a build in a container, with no database,
// fails on it. A new page with no data can join the list; one that reads data must stay per request.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

// None of the site's own pages today: the header shows the visitor's shortlist count ("Your list (3)", a
// cookie), so every page is rendered per request. Only Next.js's own error page and the icon are built ahead.
const NO_DATA = ["/_global-error", "/favicon.ico"];

test("only pages with no data are built ahead", async () => {
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "prerender-manifest.json");
  const built = Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")).routes as object).sort();
  expect(built.filter((route) => !NO_DATA.includes(route))).toEqual([]);
  // The list is not stale either: every page on it is still built ahead.
  expect(NO_DATA.filter((route) => !built.includes(route))).toEqual([]);
});
