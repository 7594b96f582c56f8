// The provider's own view (issue 11, item 6): listing views counted per listing per day, also when the
// page cache serves the page again, without programs' views; and a provider's dashboard showing only
// their own organisation's listings, changes, suggestions and views.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import { countListingView, flushListingViews } from "@/lib/listing-views/count-views";
import { db } from "@/lib/platform/db";
import { withPageCache } from "@/lib/platform/page-cache/http";
import { forgetCachedPages, runOnEveryView } from "@/lib/platform/page-cache/store";
import { runShutdownHooks } from "@/lib/platform/shutdown";
import { loadProviderDashboard } from "@/lib/provider-view/loaders";
import { createUser } from "@/tests/factories/admin";
import { createListing, createOrganisation } from "@/tests/factories/listings";

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

let server: http.Server | undefined;
afterEach(async () => {
  forgetCachedPages();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** The page cache in front of a "service page" that counts its view as the real one does. */
async function serveListingPage(serviceId: string): Promise<(userAgent: string) => Promise<string>> {
  let renders = 0;
  const handle = withPageCache(
    (req, res) => {
      renders++;
      const userAgent = req.headers["user-agent"] ?? null;
      runOnEveryView((view) => countListingView(serviceId, view ? view.userAgent : userAgent));
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(`<p>render ${renders}</p>`);
    },
    { ttlMs: 60_000, maxEntries: 10, maxBytes: 1024 * 1024 },
  );
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return async (userAgent) => {
    const res = await fetch(`http://127.0.0.1:${port}/services/saturday-club`, {
      headers: { "user-agent": userAgent },
    });
    await res.text();
    return res.headers.get("x-page-cache") ?? "";
  };
}

const viewsOf = (serviceId: string) =>
  db()
    .listingViewCount.findMany({ where: { serviceId }, select: { views: true } })
    .then((r) => r.map((v) => v.views));

it("counts N views of a listing's page, N-1 of them from the page cache, as N after a flush; bots not at all", async () => {
  const listing = await createListing();
  const view = await serveListingPage(listing.id);
  const served = [];
  for (let i = 0; i < 7; i++) served.push(await view(BROWSER));
  served.push(await view(GOOGLEBOT), await view("curl/8.5.0"));
  expect(served).toEqual(["miss", ...Array(8).fill("hit")]);
  expect(await viewsOf(listing.id)).toEqual([]); // still in memory
  await flushListingViews();
  expect(await viewsOf(listing.id)).toEqual([7]);
  // More views the same day add to the same row; the counts still in memory are written at shutdown.
  for (let i = 0; i < 3; i++) await view(BROWSER);
  await runShutdownHooks();
  expect(await viewsOf(listing.id)).toEqual([10]);
});

it("a provider's dashboard shows only their own organisation's listings, changes, suggestions and views", async () => {
  const mine = await createOrganisation({ name: "Mine" });
  const theirs = await createOrganisation({ name: "Theirs" });
  const own = await createListing({ name: "Our club" }, { organisationId: mine.id });
  const other = await createListing({ name: "Their club" }, { organisationId: theirs.id });
  const provider = await createUser("provider", "me@mine.example", mine.id);
  const now = new Date("2028-04-10T12:00:00Z");
  await db().listingViewCount.createMany({
    data: [
      { serviceId: own.id, day: new Date("2028-03-01"), views: 4 },
      { serviceId: own.id, day: new Date("2028-03-31"), views: 5 },
      { serviceId: own.id, day: new Date("2028-02-29"), views: 100 },
      { serviceId: own.id, day: new Date("2028-04-02"), views: 2 },
      { serviceId: other.id, day: new Date("2028-03-05"), views: 50 },
    ],
  });
  for (const [serviceId, organisationId, reason] of [
    [own.id, mine.id, "Add the new opening times"],
    [other.id, theirs.id, "Not theirs to see"],
  ])
    await db().serviceRevision.create({
      data: {
        serviceId,
        organisationId,
        state: "changes_requested",
        reason,
        data: {},
        decidedAt: new Date("2028-04-01"),
      },
    });
  await db().changeSuggestion.createMany({
    data: [
      { serviceId: own.id, kind: "closed", message: "Moved to the library" },
      { serviceId: other.id, kind: "contact", message: "Other organisation's" },
    ],
  });

  const dashboard = await runAs(provider, () => loadProviderDashboard(now));
  expect(dashboard.organisation?.name).toBe("Mine");
  expect(dashboard.listings.map((l) => [l.name, l.viewsLastMonth, l.viewsThisMonth])).toEqual([["Our club", 9, 2]]);
  expect(dashboard.changes.map((c) => [c.service?.name, c.state, c.reason])).toEqual([
    ["Our club", "changes_requested", "Add the new opening times"],
  ]);
  expect(dashboard.suggestions.map((s) => s.message)).toEqual(["Moved to the library"]);
  const everything = JSON.stringify(dashboard);
  for (const leak of ["Their club", "Not theirs to see", "Other organisation's", "Theirs"])
    expect(everything).not.toContain(leak);
});
