// The moderation queue against a real database: asking for changes (emailed, edited, sent again,
// approved), emails for every decision, bulk publish and archive (one audit row each, all or
// nothing), likely duplicates by each rule (and none for an unrelated listing), and merging (a new-listing
// submission, and an imported listing nobody has published yet).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { approveRevision, saveRevision } from "@/lib/revisions/mutations";
import { findLikelyDuplicates } from "@/lib/duplicates/data";
import { listingInputSchema, type ListingInput } from "@/lib/services/schema";
import { buildListing, createListing } from "@/tests/factories/listings";
import { createAdminWorld, createUser } from "@/tests/factories/admin";
import { formData, runAction } from "@/tests/factories/actions";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

const mailsTo = (to: string) => db().emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
/** A listing whose contact details are its own, so only the rule under test can match. */
const own = (name: string, extra: Partial<ListingInput> = {}) =>
  buildListing({
    name,
    contacts: [{ title: "Office", email: `${name.replace(/\W/g, "").toLowerCase()}@own.example`, phones: [] }],
    ...extra,
  });

describe("asking for changes", () => {
  it("sends the change back with a message, the provider edits the same revision and sends it again, then it is approved", async () => {
    const { requestChangesAction } = await import("@/lib/moderation/actions");
    const live = await db().service.findUniqueOrThrow({ where: { id: w.live.id } });
    const saved = await saveRevision(w.users.provider, {
      serviceId: w.live.id,
      listing: listingInputSchema.parse(buildListing({ name: "Provider's first try", slug: w.live.slug })),
      baseUpdatedAt: live.updatedAt.toISOString(),
      submit: true,
    });
    if (saved.conflict) throw new Error("unexpected conflict");

    const empty = await runAction(
      w.users.editor,
      requestChangesAction,
      formData({ revisionId: saved.revision.id, message: " " }),
    );
    expect(empty.fieldErrors?.message).toBe("Say what the provider needs to change");
    expect((await db().serviceRevision.findUniqueOrThrow({ where: { id: saved.revision.id } })).state).toBe(
      "submitted",
    );

    const message = "Please add <b>Saturday</b> opening times.";
    const asked = await runAction(
      w.users.editor,
      requestChangesAction,
      formData({ revisionId: saved.revision.id, message }),
    );
    expect((asked as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT/);
    const revision = await db().serviceRevision.findUniqueOrThrow({ where: { id: saved.revision.id } });
    expect(revision).toMatchObject({ state: "changes_requested", reason: "Please add Saturday opening times." });
    const [mail] = await mailsTo(w.users.provider.email);
    expect(mail.subject).toMatch(/Please change your listing/);
    expect(mail.text).toContain("Please add Saturday opening times.");
    expect(mail.text).toContain(`/admin/listings/${w.live.id}/edit`);
    expect(await db().auditEvent.count({ where: { type: "revision.changes_requested" } })).toBe(1);

    // A second officer acting on the same change is told it was already decided.
    const again = await runAction(
      w.users.admin,
      requestChangesAction,
      formData({ revisionId: revision.id, message: "More" }),
    );
    expect(again.formError).toBe("This change has already been decided.");

    const resent = await saveRevision(w.users.provider, {
      serviceId: w.live.id,
      listing: listingInputSchema.parse(buildListing({ name: "Provider's second try", slug: w.live.slug })),
      baseUpdatedAt: live.updatedAt.toISOString(),
      submit: true,
    });
    if (resent.conflict) throw new Error("unexpected conflict");
    expect(resent.revision.id).toBe(revision.id);
    expect(resent.revision).toMatchObject({ state: "submitted", reason: null });

    await approveRevision(w.users.editor, revision.id, {
      version: resent.revision.updatedAt.toISOString(),
      liveVersion: live.updatedAt.toISOString(),
    });
    expect((await db().service.findUniqueOrThrow({ where: { id: w.live.id } })).name).toBe("Provider's second try");
  });

  it("emails the provider when a change is approved or returned, and the organisation's providers when nobody signed in wrote it", async () => {
    const { approveRevisionAction, rejectRevisionAction } = await import("@/lib/revisions/actions");
    const approved = await runAction(
      w.users.editor,
      approveRevisionAction,
      formData({
        revisionId: w.submitted.id,
        version: w.submitted.updatedAt.toISOString(),
        liveVersion: w.liveUpdatedAt.toISOString(),
      }),
    );
    expect((approved as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT/);
    expect((await mailsTo(w.author.email)).map((m) => m.subject)).toEqual([
      "Your change to Live listing, changed is live",
    ]);

    // An import's change has no author: the organisation's provider users hear of it.
    const current = await db().service.findUniqueOrThrow({ where: { id: w.live.id } });
    const imported = await db().serviceRevision.create({
      data: {
        serviceId: w.live.id,
        organisationId: w.orgA.id,
        state: "submitted",
        data: listingInputSchema.parse(buildListing({ name: "From the feed", slug: w.live.slug })),
        importSource: "feed",
        baseUpdatedAt: current.updatedAt,
        submittedAt: new Date(),
      },
    });
    await runAction(w.users.editor, rejectRevisionAction, formData({ revisionId: imported.id, reason: "Not right" }));
    const [mail] = await mailsTo(w.users.provider.email);
    expect(mail.subject).toMatch(/needs more work/);
    expect(mail.text).toContain("Not right");
    expect(await mailsTo(w.users.providerOther.email)).toEqual([]);
  });
});

describe("bulk publish and archive", () => {
  it("publishes the chosen unpublished listings in one go, with one audit row each", async () => {
    const { bulkListingsAction } = await import("@/lib/moderation/actions");
    const second = await createListing({ name: "Second import" }, { organisationId: w.orgA.id, publish: false });
    const result = await runAction(
      w.users.editor,
      bulkListingsAction,
      formData({ "ids[]": [w.unpublished.id, second.id], intent: "publish" }),
    );
    expect((result as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT/);
    const rows = await db().service.findMany({ where: { id: { in: [w.unpublished.id, second.id] } } });
    expect(rows.every((r) => r.publishedAt)).toBe(true);
    expect(await db().auditEvent.count({ where: { type: "service.published" } })).toBe(2);
  });

  it("refuses the whole batch when one listing is not eligible, and asks for at least one", async () => {
    const { bulkListingsAction } = await import("@/lib/moderation/actions");
    // An archived listing is not for bulk actions: the whole batch is refused.
    const mixed = await runAction(
      w.users.editor,
      bulkListingsAction,
      formData({ "ids[]": [w.unpublished.id, w.archived.id], intent: "publish" }),
    );
    expect(mixed.formError).toMatch(/Only listings nobody has published/);
    expect((await db().service.findUniqueOrThrow({ where: { id: w.unpublished.id } })).publishedAt).toBeNull();
    const none = await runAction(w.users.editor, bulkListingsAction, formData({ intent: "publish" }));
    expect(none.fieldErrors?.ids).toBe("Choose at least one listing");
  });

  it("archives after the confirmation page, one audit row each, including a live import nobody changed", async () => {
    const { bulkListingsAction, confirmBulkArchiveAction } = await import("@/lib/moderation/actions");
    const liveImport = await createListing({ name: "Live import" }, { organisationId: w.orgA.id });
    await db().service.update({ where: { id: liveImport.id }, data: { sourceSystem: "feed", sourceId: "1" } });
    const ids = [w.unpublished.id, liveImport.id];
    const first = await runAction(w.users.editor, bulkListingsAction, formData({ "ids[]": ids, intent: "archive" }));
    expect((first as { digest?: string }).digest).toContain(`/admin/review/archive?ids=${ids.join(",")}`);
    expect(await db().service.count({ where: { id: { in: ids }, archivedAt: { not: null } } })).toBe(0);
    await runAction(w.users.editor, confirmBulkArchiveAction, formData({ "ids[]": ids }));
    expect(await db().service.count({ where: { id: { in: ids }, archivedAt: { not: null } } })).toBe(2);
    expect(await db().auditEvent.count({ where: { type: "service.archived", entityId: { in: ids } } })).toBe(2);
  });
});

describe("likely duplicates", () => {
  const check = (organisationId: string, listing: ListingInput) => findLikelyDuplicates({ organisationId, listing });

  it("flags each rule, and nothing for an unrelated listing", async () => {
    const existing = await createListing(
      own("Sunshine Saturday Club", {
        url: "https://www.sunshine.example/club/",
        email: "hello@sunshine.example",
        contacts: [{ title: "Office", email: "office@sunshine.example", phones: [{ number: "01632 961 234" }] }],
        locations: [{ name: "Hall", address1: "1 Sea Road", city: "Seabourne", postcode: "SB1 2AB" }],
      }),
      { organisationId: w.orgA.id },
    );
    const reasonsFor = async (organisationId: string, listing: ListingInput) =>
      (await check(organisationId, listing)).find((d) => d.id === existing.id)?.reasons ?? [];

    expect(await reasonsFor(w.orgA.id, own("Sunshine Saturday Clubs"))).toEqual(["organisation"]);
    expect(
      await reasonsFor(
        w.orgB.id,
        own("Something else", { contacts: [{ title: "x", phones: [{ number: "+44 1632 961234" }] }] }),
      ),
    ).toEqual(["phone"]);
    expect(await reasonsFor(w.orgB.id, own("Something else", { email: "Office@Sunshine.example" }))).toEqual(["email"]);
    expect(await reasonsFor(w.orgB.id, own("Something else", { url: "http://sunshine.example/club" }))).toEqual([
      "website",
    ]);
    const near = { name: "Hall", address1: "2 Sea Road", city: "Seabourne", postcode: "sb12ab" };
    expect(await reasonsFor(w.orgB.id, own("Sunshine Saturday Club!", { locations: [near] }))).toEqual(["postcode"]);
    // Same postcode but a different name, and a different organisation with a similar name: no flag.
    expect(await reasonsFor(w.orgB.id, own("Chess for teenagers", { locations: [near] }))).toEqual([]);
    expect(await reasonsFor(w.orgB.id, own("Sunshine Saturday Club"))).toEqual([]);
    expect(await check(w.orgB.id, own("Completely unrelated swimming lessons"))).toEqual([]);
  });

  it("merges a new-listing submission into the existing listing: one listing, a change waiting, the provider told", async () => {
    const { mergeDuplicateAction } = await import("@/lib/moderation/actions");
    const existing = await createListing(own("Sunshine Saturday Club"), { organisationId: w.orgA.id });
    const newcomer = await createUser("provider", "newcomer@example.org", w.orgA.id);
    const data = listingInputSchema.parse(own("Sunshine Saturday Club", { summary: "Now also on Sundays." }));
    const submission = await db().serviceRevision.create({
      data: { organisationId: w.orgA.id, state: "submitted", data, authorId: newcomer.id, submittedAt: new Date() },
    });
    const [match] = await check(w.orgA.id, data);
    expect(match.id).toBe(existing.id);

    const services = await db().service.count();
    const merged = await runAction(
      w.users.editor,
      mergeDuplicateAction,
      formData({ revisionId: submission.id, targetId: existing.id }),
    );
    expect((merged as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT/);
    expect(await db().service.count()).toBe(services);
    expect(await db().serviceRevision.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      state: "rejected",
      duplicateOfId: existing.id,
    });
    const change = await db().serviceRevision.findFirstOrThrow({
      where: { serviceId: existing.id, state: "submitted" },
    });
    expect(change).toMatchObject({ authorId: newcomer.id });
    expect((change.data as { summary: string; slug: string }).summary).toBe("Now also on Sundays.");
    expect((change.data as { slug: string }).slug).toBe(existing.slug);
    const [mail] = await mailsTo(newcomer.email);
    expect(mail.subject).toMatch(/was joined with Sunshine Saturday Club/);
    expect(await db().auditEvent.count({ where: { type: "revision.merged", entityId: existing.id } })).toBe(1);

    // The change then goes live through the ordinary approval.
    const live = await db().service.findUniqueOrThrow({ where: { id: existing.id } });
    await approveRevision(w.users.editor, change.id, {
      version: change.updatedAt.toISOString(),
      liveVersion: live.updatedAt.toISOString(),
    });
    expect((await db().service.findUniqueOrThrow({ where: { id: existing.id } })).summary).toBe("Now also on Sundays.");

    // Merging again: already decided.
    const twice = await runAction(
      w.users.admin,
      mergeDuplicateAction,
      formData({ revisionId: submission.id, targetId: existing.id }),
    );
    expect(twice.formError).toBe("This change has already been decided.");
  });
  it("merges an imported, unpublished listing into the existing one from its own page: archived, a change waiting", async () => {
    const { mergeDuplicateAction } = await import("@/lib/moderation/actions");
    const { loadDuplicateOfUnpublished } = await import("@/lib/moderation/loaders");
    const existing = await createListing(own("Harbour Sensory Swim", { summary: "Quiet swimming sessions." }), {
      organisationId: w.orgA.id,
    });
    const imported = await createListing(own("Harbour Sensory Swim", { summary: "Imported: quiet swims." }), {
      organisationId: w.orgA.id,
      publish: false,
    });
    await db().service.update({ where: { id: imported.id }, data: { sourceSystem: "neighbour-feed" } });

    // Officers see the match side by side on the listing's page; a provider never does.
    const found = await loadDuplicateOfUnpublished(w.users.editor, imported.id);
    expect(found?.existingId).toBe(existing.id);
    expect(found?.match.reasons).toContain("organisation");
    expect(found?.candidate.summary).toBe("Imported: quiet swims.");
    expect(await loadDuplicateOfUnpublished(w.users.provider, imported.id)).toBeNull();
    expect(await loadDuplicateOfUnpublished(w.users.editor, existing.id), "a public listing is not offered").toBeNull();

    // A provider cannot merge: nothing changes.
    const before = await db().serviceRevision.count();
    const denied = await runAction(
      w.users.provider,
      mergeDuplicateAction,
      formData({ serviceId: imported.id, targetId: existing.id }),
    );
    expect((denied as { digest?: string }).digest, "a 404, as for anything staff only").toMatch(/404/);
    expect(await db().serviceRevision.count()).toBe(before);
    expect((await db().service.findUniqueOrThrow({ where: { id: imported.id } })).archivedAt).toBeNull();

    const services = await db().service.count();
    const merged = await runAction(
      w.users.editor,
      mergeDuplicateAction,
      formData({ serviceId: imported.id, targetId: existing.id }),
    );
    expect((merged as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT/);
    expect(await db().service.count(), "no second listing is made").toBe(services);
    const closed = await db().service.findUniqueOrThrow({ where: { id: imported.id } });
    expect(closed.archivedAt).not.toBeNull();
    expect(closed.publishedAt).toBeNull();
    const change = await db().serviceRevision.findFirstOrThrow({
      where: { serviceId: existing.id, state: "submitted" },
    });
    expect(change).toMatchObject({ importSource: "neighbour-feed", authorId: null });
    expect((change.data as { summary: string; slug: string }).summary).toBe("Imported: quiet swims.");
    expect((change.data as { slug: string }).slug).toBe(existing.slug);
    // The live listing is unchanged until the change is approved.
    expect((await db().service.findUniqueOrThrow({ where: { id: existing.id } })).summary).toBe(
      "Quiet swimming sessions.",
    );
    const audit = await db().auditEvent.findFirstOrThrow({ where: { type: "revision.merged", entityId: existing.id } });
    expect(audit.data).toMatchObject({ serviceId: imported.id, into: existing.id, revisionId: change.id });
    expect(await loadDuplicateOfUnpublished(w.users.editor, imported.id), "archived: nothing left to merge").toBeNull();

    const twice = await runAction(
      w.users.admin,
      mergeDuplicateAction,
      formData({ serviceId: imported.id, targetId: existing.id }),
    );
    expect(twice.formError, "the second officer is told").toBe(
      "This listing has already been merged, archived or published.",
    );
  });
});
