// A listing's easy-read summary goes the way every field goes (ADR 0012): typed into the editor, kept
// in a revision, public only once another officer approves it, and then read by the listing page's one
// SQL query exactly as Prisma reads it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { approveRevision } from "@/lib/revisions/mutations";
import { diffListings } from "@/lib/revisions/diff";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { FULL_LISTING, findPublishedServiceBySlug } from "@/lib/services/data";
import type { ListingInput } from "@/lib/services/schema";
import { createAdminWorld } from "@/tests/factories/admin";
import { formData, runAction } from "@/tests/factories/actions";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

/** The editor's form for the live listing, as a provider's browser posts it, with an easy-read summary. */
function editorForm(easyRead: string, intent = "submit") {
  return formData({
    serviceId: w.live.id,
    baseUpdatedAt: w.liveUpdatedAt.toISOString(),
    intent,
    slug: w.live.slug,
    name: "Live listing",
    summary: "A short plain summary of what the service does.",
    description: "A longer description.",
    whoFor: "Children and young people with SEND and their families.",
    easyRead,
    accessMethod: "self_refer",
    minimumAge: "5",
    maximumAge: "11",
    costType: "free",
    "categories[]": "health",
    "areas[]": "central",
    "contacts.0.title": "Duty officer",
    "contacts.0.phones.0.number": "01632 960 000",
    lastCheckedAt: "2026-06-01",
  });
}

const TYPED =
  "<p>This group is for <b>children</b> with autism.</p>\r\n\r\n- It meets on Saturday mornings.\r\n• It is free.";
const KEPT = "This group is for children with autism.\nIt meets on Saturday mornings.\nIt is free.";

describe("easy-read summary", () => {
  it("is kept in the provider's revision, cleaned, and public only after another officer approves it", async () => {
    const { saveListingAction } = await import("@/lib/revisions/actions");
    const sent = await runAction(w.users.provider, saveListingAction, editorForm(TYPED));
    expect(sent.redirect, JSON.stringify(sent)).toBe(`/admin/listings/${w.live.id}?saved=submitted`);

    const revision = await db().serviceRevision.findFirstOrThrow({
      where: { serviceId: w.live.id, authorId: w.users.provider.id, state: "submitted" },
    });
    expect((revision.data as ListingInput).easyRead).toBe(KEPT);
    // The live listing has none until the change is approved; the officer sees the change in the diff.
    expect((await findPublishedServiceBySlug(w.live.slug))?.easyRead).toBeNull();
    const live = await db().service.findUniqueOrThrow({ where: { id: w.live.id }, include: FULL_LISTING });
    const row = diffListings(listingFromService(live), revision.data as ListingInput).find(
      (r) => r.field === "easyRead",
    );
    expect(row).toMatchObject({ label: "Easy-read summary", before: "", after: KEPT, changed: true });

    await approveRevision(w.users.editor, revision.id, {
      version: revision.updatedAt.toISOString(),
      liveVersion: w.liveUpdatedAt.toISOString(),
    });
    const published = await findPublishedServiceBySlug(w.live.slug);
    expect(published?.easyRead).toBe(KEPT);
    // The page's one SQL query reads it exactly as Prisma's include does.
    const prisma = await db().service.findUniqueOrThrow({ where: { id: w.live.id }, include: FULL_LISTING });
    prisma.terms.sort((a, b) => a.term.position - b.term.position);
    expect(published).toStrictEqual(prisma);
    // And it comes back into the editor as it was approved.
    expect(listingFromService(prisma).easyRead).toBe(KEPT);
  });

  it("says when it is too long, keeps what was typed and saves nothing", async () => {
    const { saveListingAction } = await import("@/lib/revisions/actions");
    const typed = Array.from({ length: 21 }, (_, i) => `Line ${i + 1}.`).join("\n");
    const state = await runAction(w.users.provider, saveListingAction, editorForm(typed));
    expect(state.fieldErrors).toEqual({ easyRead: "Use 20 lines or fewer" });
    expect(state.values).toMatchObject({ easyRead: typed });
    expect(await db().serviceRevision.count({ where: { authorId: w.users.provider.id } })).toBe(0);
  });

  it("gets line-by-line advice from 'Check plain language', which saves nothing and blocks nothing", async () => {
    const { saveListingAction } = await import("@/lib/revisions/actions");
    const typed =
      "It is free. You do not need to book.\nThe sessions take place in the small hall at the back of the community centre on Park Road.";
    const state = await runAction(w.users.provider, saveListingAction, editorForm(typed, "check"));
    const advice = state.detail?.advice as { easyRead: { longLines: unknown[]; crowdedLines: unknown[] } };
    expect(advice.easyRead.longLines).toEqual([
      { line: 2, start: "The sessions take place in the small hall", words: 18 },
    ]);
    expect(advice.easyRead.crowdedLines).toEqual([{ line: 1, start: "It is free. You do not need to", sentences: 2 }]);
    expect(state.fieldErrors).toBeUndefined();
    expect(state.values).toMatchObject({ easyRead: typed });

    // The same long line does not stop a save.
    const sent = await runAction(w.users.provider, saveListingAction, editorForm(typed));
    expect(sent.redirect).toBe(`/admin/listings/${w.live.id}?saved=submitted`);
  });
});
