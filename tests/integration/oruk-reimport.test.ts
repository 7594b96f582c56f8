// Re-importing a feed never changes live listings directly (issue 10, item 9): a changed record
// becomes a submitted revision by "Importer (source)", reviewed like any other change.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { readFeed } from "@/lib/oruk/feed";
import type { FeedRecord } from "@/lib/oruk/feed-fields";
import { importFeed } from "@/lib/oruk/import";
import { findReviewQueue } from "@/lib/revisions/data";
import { diffListings } from "@/lib/revisions/diff";
import { revisionAuthorName } from "@/lib/revisions/author-name";
import { approveRevision, saveRevision } from "@/lib/revisions/mutations";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { FULL_LISTING, findPublishedServiceBySlug } from "@/lib/services/data";
import { listingInputSchema, type ListingInput } from "@/lib/services/schema";
import { createUser } from "@/tests/factories/admin";

const FEED = path.resolve("tests/fixtures/oruk/north-lincolnshire-oruk-v1-services.json");
const SOURCE = "north-lincolnshire";

beforeAll(() => {
  delete process.env.MEILISEARCH_URL; // PostgreSQL search only, as in oruk-import.test.ts
});

const live = async (id: string) =>
  listingFromService(await db().service.findUniqueOrThrow({ where: { id }, include: FULL_LISTING }));

/** The feed with one record's name changed, as the other directory would publish it next time. */
const renamed = (feed: FeedRecord[], sourceId: string, name: string) =>
  feed.map((r) => (String(r.id) === sourceId ? { ...r, name } : r));

async function approveAs(user: Awaited<ReturnType<typeof createUser>>, revisionId: string) {
  const revision = await db().serviceRevision.findUniqueOrThrow({
    where: { id: revisionId },
    include: { service: true },
  });
  return approveRevision(user, revisionId, {
    version: revision.updatedAt.toISOString(),
    liveVersion: revision.service?.updatedAt.toISOString() ?? "",
  });
}

describe("re-importing the North Lincolnshire feed", () => {
  it("turns a changed record into a submitted revision by the importer, and approving it applies the change", async () => {
    const officer = await createUser("editor", "officer@seabourne.gov.uk");
    const feed = (await readFeed(FEED)) as FeedRecord[]; // a file of records, every item one
    const first = await importFeed(feed, { source: SOURCE, publish: true });
    expect(first.imported).toBeGreaterThan(700);

    // A record with no twin in the feed: renaming one of a repeated pair would let its twin in as new.
    const names = feed.map((r) => String(r.name).trim().toLowerCase());
    const service = (
      await db().service.findMany({ where: { sourceSystem: SOURCE }, orderBy: { name: "asc" }, take: 20 })
    ).find((s) => names.filter((n) => n === s.name.toLowerCase()).length === 1)!;
    const newName = `${service.name} (now at the library)`;
    const second = await importFeed(renamed(feed, service.sourceId!, newName), { source: SOURCE });
    expect(second).toMatchObject({ imported: 0, updated: 0, forReview: 1, unchanged: first.imported - 1 });

    // The live listing is as it was; the change waits in the review queue, by the importer.
    expect((await findPublishedServiceBySlug(service.slug))?.name).toBe(service.name);
    const revisions = await db().serviceRevision.findMany({ where: { serviceId: service.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ state: "submitted", importSource: SOURCE, authorId: null });
    const queue = await findReviewQueue(officer);
    const queued = queue.revisions.find((r) => r.id === revisions[0].id);
    expect(queued && revisionAuthorName(queued)).toBe("Importer (north-lincolnshire)");
    const changed = diffListings(await live(service.id), revisions[0].data as ListingInput).filter((r) => r.changed);
    expect(changed.map((r) => [r.field, r.before, r.after])).toEqual([["name", service.name, newName]]);

    // The record as it is now changes nothing; a further change replaces the waiting revision.
    // (Only that record is imported again, to keep the test quick: the rest are covered above.)
    const one = (name: string) =>
      renamed(feed, service.sourceId!, name).filter((r) => String(r.id) === service.sourceId);
    expect(await importFeed(one(newName), { source: SOURCE })).toMatchObject({ forReview: 0, unchanged: 1 });
    const newerName = `${service.name} (now at the town hall)`;
    expect(await importFeed(one(newerName), { source: SOURCE })).toMatchObject({ forReview: 1 });
    const waiting = await db().serviceRevision.findMany({ where: { serviceId: service.id } });
    expect(waiting.map((r) => [r.id, r.state, (r.data as ListingInput).name])).toEqual([
      [revisions[0].id, "submitted", newerName],
    ]);

    await approveAs(officer, revisions[0].id);
    expect((await findPublishedServiceBySlug(service.slug))?.name).toBe(newerName);
  }, 240_000);
});

describe("re-importing records", () => {
  const record = (id: string, name: string, description = `<p>${name} helps families.</p>`) => ({
    id,
    name,
    description,
    email: "hello@example.org",
    status: "active",
    organization: { id: "org-1", name: "Test Org", description: "", url: "" },
  });

  it("with --publish approves the change at once, and the audit row holds before and after", async () => {
    await importFeed([record("p", "Swim club")], { source: "unit", publish: true });
    const service = await db().service.findFirstOrThrow({ where: { sourceId: "p" } });
    const report = await importFeed([record("p", "Swim and splash club")], { source: "unit", publish: true });
    expect(report).toMatchObject({ imported: 0, updated: 1, forReview: 0, unchanged: 0 });

    expect((await findPublishedServiceBySlug(service.slug))?.name).toBe("Swim and splash club");
    // Open Referral UK has no easy-read field: an imported listing has none.
    expect((await findPublishedServiceBySlug(service.slug))?.easyRead).toBeNull();
    const revision = await db().serviceRevision.findFirstOrThrow({ where: { serviceId: service.id } });
    expect(revision).toMatchObject({ state: "approved", importSource: "unit", authorId: null, reviewerId: null });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { type: "revision.approved", entityId: service.id },
    });
    expect(audit.actorEmail).toBe("importer");
    expect((audit.before as { name: string }).name).toBe("Swim club");
    expect((audit.after as { name: string }).name).toBe("Swim and splash club");
    expect(audit.data).toMatchObject({ revisionId: revision.id, importSource: "unit" });
  });

  it("keeps an officer's approved edit live; the feed's change waits as a revision that keeps the edit", async () => {
    const [author, approver] = [
      await createUser("editor", "author@seabourne.gov.uk"),
      await createUser("editor", "approver@seabourne.gov.uk"),
    ];
    await importFeed([record("q", "Chess club")], { source: "unit", publish: true });
    const service = await db().service.findFirstOrThrow({ where: { sourceId: "q" } });
    const edited = listingInputSchema.parse({
      ...(await live(service.id)),
      summary: "Checked by the council.",
      easyRead: "Chess club is for children.\nIt is free.",
    });
    const saved = await saveRevision(author, {
      serviceId: service.id,
      listing: edited,
      baseUpdatedAt: service.updatedAt.toISOString(),
      submit: true,
    });
    await approveAs(approver, saved.conflict ? "" : saved.revision.id);

    // Even with --publish, the feed's change to a listing an officer edited waits for review.
    const renamedOnly = record("q", "Chess and draughts club", "<p>Chess club helps families.</p>");
    const report = await importFeed([renamedOnly], { source: "unit", publish: true });
    expect(report).toMatchObject({ updated: 0, forReview: 1 });
    const now = await live(service.id);
    expect([now.name, now.summary, now.easyRead]).toEqual([
      "Chess club",
      "Checked by the council.",
      "Chess club is for children.\nIt is free.",
    ]);
    const waiting = await db().serviceRevision.findFirstOrThrow({
      where: { serviceId: service.id, importSource: "unit" },
    });
    expect(waiting.state).toBe("submitted");
    // Only the field the feed changed differs: the officer's summary stays in the proposed version.
    expect(
      diffListings(now, waiting.data as ListingInput)
        .filter((r) => r.changed)
        .map((r) => r.field),
    ).toEqual(["name"]);
  });

  it("leaves new listings as drafts, and updates a draft nobody has published in place", async () => {
    await importFeed([record("d", "Drama club")], { source: "unit" });
    const report = await importFeed([record("d", "Drama and dance club")], { source: "unit" });
    expect(report).toMatchObject({ imported: 0, updated: 1, forReview: 0 });
    const draft = await db().service.findFirstOrThrow({ where: { sourceId: "d" } });
    expect([draft.name, draft.publishedAt]).toEqual(["Drama and dance club", null]);
    expect(await db().serviceRevision.count()).toBe(0);
  });
});
