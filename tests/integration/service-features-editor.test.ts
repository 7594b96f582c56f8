// How a service is delivered and its venue's access features go the way every field goes (ADR 0012): ticked
// in the editor, kept in a revision, public and searchable only once another officer approves them.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { approveRevision } from "@/lib/revisions/mutations";
import { diffListings } from "@/lib/revisions/diff";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { toFullService } from "@/lib/oruk/to-oruk";
import { processSearchOutbox } from "@/lib/search/sync/indexer";
import { postgresEngine } from "@/lib/search/query/engines";
import { FULL_LISTING, findPublishedServiceBySlug } from "@/lib/services/data";
import type { ListingInput } from "@/lib/services/schema";
import { createAdminWorld } from "@/tests/factories/admin";
import { formData, runAction } from "@/tests/factories/actions";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

function editorForm() {
  return formData({
    serviceId: w.live.id,
    baseUpdatedAt: w.liveUpdatedAt.toISOString(),
    intent: "submit",
    slug: w.live.slug,
    name: "Live listing",
    summary: "A short plain summary of what the service does.",
    description: "A longer description.",
    whoFor: "Children and young people with SEND and their families.",
    accessMethod: "self_refer",
    "deliveryMethods[]": ["online", "in-person"],
    minimumAge: "5",
    maximumAge: "11",
    costType: "free",
    "categories[]": "health",
    "areas[]": "central",
    "contacts.0.title": "Duty officer",
    "contacts.0.phones.0.number": "01632 960 000",
    "locations.0.name": "Harbour hall",
    "locations.0.address1": "1 Harbour Road",
    "locations.0.city": "Seabourne",
    "locations.0.postcode": "FY4 1AA",
    "locations.0.accessFeatures[]": ["step-free", "hearing-loop"],
    "locations.0.accessibility": "Blue badge parking by the door",
    lastCheckedAt: "2026-06-01",
  });
}

describe("delivery and venue access in the editor", () => {
  it("are kept in the revision, shown in the diff, and public and filterable only after approval", async () => {
    const { saveListingAction } = await import("@/lib/revisions/actions");
    const sent = await runAction(w.users.provider, saveListingAction, editorForm());
    expect(sent.redirect, JSON.stringify(sent)).toBe(`/admin/listings/${w.live.id}?saved=submitted`);

    const revision = await db().serviceRevision.findFirstOrThrow({
      where: { serviceId: w.live.id, authorId: w.users.provider.id, state: "submitted" },
    });
    const data = revision.data as ListingInput;
    expect(data.deliveryMethods).toEqual(["online", "in-person"]);
    expect(data.locations?.[0].accessibility).toEqual([
      "Step-free access",
      "Hearing loop",
      "Blue badge parking by the door",
    ]);
    const live = await db().service.findUniqueOrThrow({ where: { id: w.live.id }, include: FULL_LISTING });
    expect(live.deliveryMethods).toEqual([]);
    const row = diffListings(listingFromService(live), data).find((r) => r.field === "deliveryMethods");
    expect(row).toMatchObject({ label: "How it is delivered", changed: true });

    await approveRevision(w.users.editor, revision.id, {
      version: revision.updatedAt.toISOString(),
      liveVersion: w.liveUpdatedAt.toISOString(),
    });
    const published = await findPublishedServiceBySlug(w.live.slug);
    expect(published?.deliveryMethods).toEqual(["online", "in-person"]);
    // Open Referral UK gets it in words.
    expect(toFullService(published!)).toMatchObject({ attending_type: "In person, Online" });

    await processSearchOutbox();
    const found = await postgresEngine().query({
      terms: [],
      filters: { needs: [], categories: [], areas: [], delivery: ["online"], access: ["step-free", "hearing-loop"] },
      offset: 0,
      limit: 10,
    });
    expect(found.ids).toEqual([w.live.id]);
  });
});
