// The editorial workflow against a real database: the live listing stays as last approved until
// a change is approved; approving writes listing, audit row and search-outbox row together.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { approveRevision, saveRevision, setArchived } from "@/lib/revisions/mutations";
import { findPublishedServiceBySlug } from "@/lib/services/data";
import { listingInputSchema } from "@/lib/services/schema";
import { buildListing } from "@/tests/factories/listings";
import { createAdminWorld, createUser } from "@/tests/factories/admin";
import { formData, runAction } from "@/tests/factories/actions";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

const edit = (name: string) => listingInputSchema.parse(buildListing({ name, slug: w.live.slug }));

describe("editing and approving", () => {
  it("keeps the live listing as it was until another officer approves the change", async () => {
    const saved = await saveRevision(w.users.provider, {
      serviceId: w.live.id,
      listing: edit("Provider's new name"),
      baseUpdatedAt: w.liveUpdatedAt.toISOString(),
      submit: true,
    });
    expect(saved.conflict).toBe(false);
    expect((await findPublishedServiceBySlug(w.live.slug))?.name).toBe("Live listing");

    const outboxBefore = await db().searchOutbox.count({ where: { serviceId: w.live.id } });
    const revisionId = saved.conflict ? "" : saved.revision.id;
    await approveRevision(w.users.editor, revisionId, {
      version: saved.conflict ? "" : saved.revision.updatedAt.toISOString(),
      liveVersion: w.liveUpdatedAt.toISOString(),
    });

    expect((await findPublishedServiceBySlug(w.live.slug))?.name).toBe("Provider's new name");
    expect(await db().serviceRevision.findUnique({ where: { id: revisionId } })).toMatchObject({
      state: "approved",
      reviewerId: w.users.editor.id,
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { type: "revision.approved", entityId: w.live.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({ actorEmail: w.users.editor.email });
    expect((audit.before as { name: string }).name).toBe("Live listing");
    expect((audit.after as { name: string }).name).toBe("Provider's new name");
    expect(await db().searchOutbox.count({ where: { serviceId: w.live.id } })).toBe(outboxBefore + 1);
  });

  it("does not let an officer approve their own change, and a second approval changes nothing", async () => {
    const { approveRevisionAction } = await import("@/lib/revisions/actions");
    const seen = {
      revisionId: w.submitted.id,
      version: w.submitted.updatedAt.toISOString(),
      liveVersion: w.liveUpdatedAt.toISOString(),
    };
    const own = await runAction(w.author, approveRevisionAction, formData(seen));
    expect(own.formError).toMatch(/Another officer must approve/);

    expect(
      ((await runAction(w.users.editor, approveRevisionAction, formData(seen))) as { digest?: string }).digest,
    ).toMatch(/^NEXT_REDIRECT/);
    const audits = await db().auditEvent.count();
    const again = await runAction(w.users.admin, approveRevisionAction, formData(seen));
    expect(again.formError).toMatch(/already been decided/);
    expect(await db().auditEvent.count()).toBe(audits);
  });

  it("warns about someone else's change meanwhile, shows both, and loses neither", async () => {
    const stale = new Date(w.liveUpdatedAt.getTime() - 60_000).toISOString();
    const result = await saveRevision(w.users.editor, {
      serviceId: w.live.id,
      listing: edit("Mine"),
      baseUpdatedAt: stale,
      submit: true,
    });
    expect(result.conflict).toBe(true);
    expect(result.conflict && result.live.name).toBe("Live listing");
    expect(await db().serviceRevision.count({ where: { authorId: w.users.editor.id } })).toBe(0);

    const kept = await saveRevision(w.users.editor, {
      serviceId: w.live.id,
      listing: edit("Mine"),
      baseUpdatedAt: stale,
      submit: true,
      keepMine: true,
    });
    expect(kept.conflict).toBe(false);
    expect(
      (await db().serviceRevision.findFirstOrThrow({ where: { authorId: w.users.editor.id } })).data,
    ).toMatchObject({ name: "Mine" });
  });

  it("returns a change with a reason and emails the author; no reason, no return", async () => {
    const { rejectRevisionAction } = await import("@/lib/revisions/actions");
    const empty = await runAction(
      w.users.editor,
      rejectRevisionAction,
      formData({ revisionId: w.submitted.id, reason: "  " }),
    );
    expect(empty.fieldErrors?.reason).toMatch(/Say what needs to change/);
    expect((await db().serviceRevision.findUniqueOrThrow({ where: { id: w.submitted.id } })).state).toBe("submitted");

    await runAction(
      w.users.editor,
      rejectRevisionAction,
      formData({ revisionId: w.submitted.id, reason: "Add the Saturday opening times" }),
    );
    expect(await db().serviceRevision.findUniqueOrThrow({ where: { id: w.submitted.id } })).toMatchObject({
      state: "rejected",
      reason: "Add the Saturday opening times",
    });
    const email = await db().emailMessage.findFirstOrThrow({ where: { to: w.author.email } });
    expect(email.text).toContain("Add the Saturday opening times");
    expect((await findPublishedServiceBySlug(w.live.slug))?.name).toBe("Live listing");
  });

  it("restores an earlier version as a draft, not straight to the public page", async () => {
    const { restoreRevisionAction } = await import("@/lib/revisions/actions");
    await runAction(w.users.provider, restoreRevisionAction, formData({ revisionId: w.approved.id }));
    const draft = await db().serviceRevision.findFirstOrThrow({ where: { authorId: w.users.provider.id } });
    expect(draft).toMatchObject({ state: "draft" });
    expect((draft.data as { name: string }).name).toBe("An older name");
    expect((await findPublishedServiceBySlug(w.live.slug))?.name).toBe("Live listing");
  });

  it("restores the version from before the first approved change (a seeded or imported listing)", async () => {
    const { findOriginalVersion } = await import("@/lib/revisions/data");
    const { restoreOriginalAction } = await import("@/lib/revisions/actions");
    const original = await findOriginalVersion(w.users.editor, w.live.id);
    expect(original?.id).toBe(w.firstApproval.id);
    expect(await findOriginalVersion(w.users.providerOther, w.live.id)).toBeNull();
    await runAction(w.users.editor, restoreOriginalAction, formData({ auditEventId: original!.id }));
    const draft = await db().serviceRevision.findFirstOrThrow({ where: { authorId: w.users.editor.id } });
    expect(draft).toMatchObject({ state: "draft", data: expect.objectContaining({ name: "The original name" }) });
    expect((await findPublishedServiceBySlug(w.live.slug))?.name).toBe("Live listing");
  });

  it("archives a listing off the public site and brings it back", async () => {
    await setArchived(w.users.editor, w.live.id, true);
    expect(await findPublishedServiceBySlug(w.live.slug)).toBeNull();
    expect(await db().searchOutbox.findFirst({ where: { serviceId: w.live.id, action: "remove" } })).not.toBeNull();
    await setArchived(w.users.editor, w.live.id, false);
    expect(await findPublishedServiceBySlug(w.live.slug)).not.toBeNull();
  });

  it("keeps typed values and says what to do when the editor gets bad input", async () => {
    const { saveListingAction } = await import("@/lib/revisions/actions");
    const f = formData({
      serviceId: w.live.id,
      baseUpdatedAt: w.liveUpdatedAt.toISOString(),
      intent: "submit",
      name: "",
      summary: "Kept summary",
      minimumAge: "12",
      maximumAge: "3",
    });
    const state = await runAction(w.users.editor, saveListingAction, f);
    expect(state.fieldErrors).toMatchObject({
      name: "Enter the service name",
      description: "Enter a full description",
      categories: "Choose at least one category",
    });
    expect(state.values).toMatchObject({ summary: "Kept summary", minimumAge: "12" });
    expect(await db().serviceRevision.count({ where: { authorId: w.users.editor.id } })).toBe(0);
  });

  it("gives plain-language advice without saving or blocking anything", async () => {
    const { saveListingAction } = await import("@/lib/revisions/actions");
    const description =
      "We facilitate multi-agency provision for children with SEMH needs and their families in order to improve outcomes across the whole of Seabourne and beyond it too, every single day of the year.";
    const state = await runAction(
      w.users.editor,
      saveListingAction,
      formData({
        serviceId: w.live.id,
        baseUpdatedAt: w.liveUpdatedAt.toISOString(),
        intent: "check",
        summary: "Play.",
        description,
      }),
    );
    const advice = state.detail?.advice as {
      description: { jargon: { found: string }[]; longSentences: unknown[]; readingAge: number };
    };
    expect(advice.description.jargon.map((j) => j.found)).toEqual(
      expect.arrayContaining(["facilitate", "provision", "multi-agency", "in order to", "SEMH"]),
    );
    expect(advice.description.longSentences).toHaveLength(1);
    expect(state.values).toMatchObject({ description });
    expect(state.fieldErrors).toBeUndefined();
    expect(await db().serviceRevision.count({ where: { authorId: w.users.editor.id } })).toBe(0);
  });
  it("adds a new listing unpublished; another officer publishes it; providers add only to their own organisation", async () => {
    const { createListingAction, publishListingAction } = await import("@/lib/revisions/actions");
    const f = (org: string, name: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({
        organisationId: org,
        intent: "submit",
        name,
        summary: "New.",
        description: "New service.",
        whoFor: "Families",
        accessMethod: "drop_in",
        minimumAge: "0",
        maximumAge: "5",
        costType: "free",
        "contacts.0.title": "Desk",
        "contacts.0.phones.0.number": "01632 960 123",
      }))
        form.set(k, v);
      form.append("categories[]", "play");
      form.append("areas[]", "north");
      return form;
    };

    const noOrg = await runAction(w.users.editor, createListingAction, f("", "Nameless org"));
    expect(noOrg.fieldErrors?.organisationId).toBe("Choose the organisation that runs the service");

    expect(
      ((await runAction(w.users.editor, createListingAction, f(w.orgB.id, "Holiday club"))) as { digest?: string })
        .digest,
    ).toMatch(/^NEXT_REDIRECT;[^;]+;\/admin\/listings\/[0-9a-f-]{36}\?saved=created/);
    const created = await db().service.findFirstOrThrow({ where: { name: "Holiday club" } });
    expect(created).toMatchObject({ organisationId: w.orgB.id, publishedAt: null });
    expect(await findPublishedServiceBySlug(created.slug)).toBeNull();
    const own = await runAction(w.users.editor, publishListingAction, formData({ serviceId: created.id }));
    expect(own.formError).toMatch(/Another officer must publish/);
    await runAction(w.users.admin, publishListingAction, formData({ serviceId: created.id }));
    expect(await findPublishedServiceBySlug(created.slug)).not.toBeNull();

    await runAction(w.users.provider, createListingAction, f(w.orgB.id, "Provider's own club"));
    expect((await db().service.findFirstOrThrow({ where: { name: "Provider's own club" } })).organisationId).toBe(
      w.orgA.id,
    );
  });

  it("never publishes a listing families could not reach (an imported draft kept without contact details)", async () => {
    const { createListingAction, publishListingAction } = await import("@/lib/revisions/actions");
    const form = new FormData();
    for (const [k, v] of Object.entries({
      organisationId: w.orgB.id,
      intent: "submit",
      name: "Unreachable club",
      summary: "New.",
      description: "New service.",
      whoFor: "Families",
      accessMethod: "drop_in",
      minimumAge: "0",
      maximumAge: "5",
      costType: "free",
      "contacts.0.title": "No contact details yet",
    }))
      form.set(k, v);
    form.append("categories[]", "play");
    form.append("areas[]", "north");
    await runAction(w.users.editor, createListingAction, form);
    const created = await db().service.findFirstOrThrow({ where: { name: "Unreachable club" } });

    const refused = await runAction(w.users.admin, publishListingAction, formData({ serviceId: created.id }));
    expect(refused.formError).toBe(
      "Unreachable club has no email, phone number or web address yet. Add one before you publish it, so families can reach the service.",
    );
    expect((await db().service.findUniqueOrThrow({ where: { id: created.id } })).publishedAt).toBeNull();

    await db().service.update({ where: { id: created.id }, data: { url: "https://example.org/club" } });
    await runAction(w.users.admin, publishListingAction, formData({ serviceId: created.id }));
    expect(await findPublishedServiceBySlug(created.slug)).not.toBeNull();
  });

  it("lets a disabled person do nothing", async () => {
    const gone = await createUser("editor", "gone@seabourne.gov.uk");
    await db().user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    const { findActiveUserByEmail } = await import("@/lib/users/data");
    expect(await findActiveUserByEmail("GONE@seabourne.gov.uk ")).toBeNull();
    expect(await findActiveUserByEmail("Editor@Seabourne.gov.uk")).not.toBeNull();
  });
});
