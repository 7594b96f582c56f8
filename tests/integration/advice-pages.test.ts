// Advice pages against a real database: an officer's new page or edit is a revision that another
// officer approves in the one queue; the public read changes only then; the author cannot approve
// their own; providers and anonymous visitors get 404 / sign-in and change nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { findPublishedAdvicePage, findRelatedServices } from "@/lib/advice/data";
import { seedAdvicePages } from "@/lib/advice/mutations";
import { ADVICE_SEED } from "@/prisma/seed/advice/pages";
import { searchServices } from "@/lib/search/query/search";
import { createAdminWorld, snapshotDatabase } from "@/tests/factories/admin";
import { formData, runAction, digestOf } from "@/tests/factories/actions";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

const advice = () => import("@/lib/advice/actions");
const revisions = () => import("@/lib/revisions/actions");
const page = (overrides: Record<string, string | string[]> = {}) => ({
  slug: "travel-to-school",
  title: "Travel to school or college",
  summary: "Help getting to school or college.",
  body: "## Who can get help\n\nYou can ask us.",
  audience: "parents",
  easyRead: "",
  "schedule2[]": ["10"],
  categories: "education",
  relatedServiceIds: "",
  ...overrides,
});

async function approve(user: Parameters<typeof runAction>[0], revisionId: string) {
  const { approveRevisionAction } = await revisions();
  const revision = await db().serviceRevision.findUniqueOrThrow({ where: { id: revisionId } });
  return runAction(
    user,
    approveRevisionAction,
    formData({ revisionId, version: revision.updatedAt.toISOString(), liveVersion: "" }),
  );
}

describe("advice pages", () => {
  it("a new page is not public until another officer approves it; the author cannot", async () => {
    const { saveAdviceAction } = await advice();
    const sent = await runAction(w.users.editor, saveAdviceAction, formData(page()));
    expect(digestOf(sent)).toMatch(/\/admin\/advice\/[0-9a-f-]{36}\?sent=1/);
    const created = await db().advicePage.findUniqueOrThrow({ where: { slug: "travel-to-school" } });
    expect(created.publishedAt).toBeNull();
    expect(created.ownerId).toBe(w.users.editor!.id);
    expect(await findPublishedAdvicePage("travel-to-school")).toBeNull();
    const revision = await db().serviceRevision.findFirstOrThrow({ where: { advicePageId: created.id } });
    expect(revision).toMatchObject({ subject: "advice", state: "submitted", authorId: w.users.editor!.id });

    const own = await approve(w.users.editor, revision.id);
    expect(own.formError).toMatch(/Another officer/);
    expect(await findPublishedAdvicePage("travel-to-school")).toBeNull();

    expect(digestOf(await approve(w.users.admin, revision.id))).toMatch(/\/admin\/review\?approved=/);
    const live = await findPublishedAdvicePage("travel-to-school");
    expect(live).toMatchObject({ title: "Travel to school or college", schedule2: [10], categoryCodes: ["education"] });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityType: "advice_page", entityId: created.id, type: "revision.approved" },
    });
    expect(audit.actorId).toBe(w.users.admin!.id);
  });

  it("an edit keeps the old version live until it is approved", async () => {
    const { saveAdviceAction } = await advice();
    await runAction(w.users.editor, saveAdviceAction, formData(page()));
    const created = await db().advicePage.findUniqueOrThrow({ where: { slug: "travel-to-school" } });
    const first = await db().serviceRevision.findFirstOrThrow({ where: { advicePageId: created.id } });
    await approve(w.users.admin, first.id);

    await runAction(
      w.users.admin,
      saveAdviceAction,
      formData({ ...page({ title: "Getting to school or college by minibus" }), advicePageId: created.id, slug: "" }),
    );
    const edit = await db().serviceRevision.findFirstOrThrow({
      where: { advicePageId: created.id, state: "submitted" },
    });
    expect((await findPublishedAdvicePage("travel-to-school"))?.title).toBe("Travel to school or college");
    // Search, too, finds the live words until the change is approved.
    const found = async (q: string) =>
      (await searchServices({ q, needs: [], categories: [], areas: [], page: 1 }, 5, { log: false })).advice.map(
        (p) => p.title,
      );
    expect(await found("minibus")).toEqual([]);
    expect(await found("travel")).toEqual(["Travel to school or college"]);
    await approve(w.users.editor, edit.id);
    expect((await findPublishedAdvicePage("travel-to-school"))?.title).toBe("Getting to school or college by minibus");
    expect(await found("minibus")).toEqual(["Getting to school or college by minibus"]);
  });

  it("returning a change leaves the live page as it was", async () => {
    const { saveAdviceAction } = await advice();
    const { rejectRevisionAction } = await revisions();
    await runAction(w.users.editor, saveAdviceAction, formData(page()));
    const revision = await db().serviceRevision.findFirstOrThrow({ where: { subject: "advice" } });
    const r = await runAction(
      w.users.admin,
      rejectRevisionAction,
      formData({ revisionId: revision.id, reason: "Add the phone" }),
    );
    expect(digestOf(r)).toMatch(/rejected=/);
    expect((await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } })).state).toBe("rejected");
    expect(await findPublishedAdvicePage("travel-to-school")).toBeNull();
  });

  it("preview renders safely and saves nothing", async () => {
    const { saveAdviceAction } = await advice();
    const before = await snapshotDatabase();
    const r = await runAction(
      w.users.editor,
      saveAdviceAction,
      formData(
        page({ intent: "preview", title: "", body: "# Hi\n\n<script>alert(1)</script> [x](javascript:alert(1))" }),
      ),
    );
    // An unfinished page can be previewed: no field is checked.
    expect(r.fieldErrors).toBeUndefined();
    expect(r.detail?.preview).toContain('<h1 id="hi">Hi</h1>');
    expect(String(r.detail?.preview)).not.toMatch(/<script|href="javascript/);
    expect(r.values?.summary).toBe("Help getting to school or college.");
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses bad input with a message per field and keeps what was typed", async () => {
    const { saveAdviceAction } = await advice();
    const before = await snapshotDatabase();
    const r = await runAction(
      w.users.editor,
      saveAdviceAction,
      formData(page({ title: "", slug: "Not A Slug!", "schedule2[]": ["99"], relatedServiceIds: "nope" })),
    );
    expect(r.fieldErrors).toMatchObject({
      title: "Enter a title",
      slug: expect.stringMatching(/lower-case/),
      "schedule2.0": "Choose paragraphs from the list",
      "relatedServiceIds.0": "Choose listings from the list",
    });
    expect(r.values?.summary).toBe("Help getting to school or college.");
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("providers and anonymous visitors cannot add, edit, check or own a page", async () => {
    const { saveAdviceAction, markAdviceCheckedAction, setAdviceOwnerAction } = await advice();
    await runAction(w.users.editor, saveAdviceAction, formData(page()));
    const created = await db().advicePage.findUniqueOrThrow({ where: { slug: "travel-to-school" } });
    const before = await snapshotDatabase();
    for (const user of [w.users.anonymous, w.users.provider, w.users.providerOther]) {
      const calls: [Parameters<typeof runAction>[1], FormData][] = [
        [saveAdviceAction, formData(page({ slug: "another" }))],
        [saveAdviceAction, formData({ ...page(), advicePageId: created.id, slug: "" })],
        [markAdviceCheckedAction, formData({ advicePageId: created.id })],
        [setAdviceOwnerAction, formData({ advicePageId: created.id, ownerId: user?.id ?? w.users.editor!.id })],
      ];
      for (const [action, form] of calls)
        expect(digestOf(await runAction(user, action, form))).toMatch(
          user ? /NEXT_HTTP_ERROR_FALLBACK;404/ : /sign-in/,
        );
    }
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("mark as checked sets the review date 12 months on; the owner must be an officer", async () => {
    const { saveAdviceAction, markAdviceCheckedAction, setAdviceOwnerAction } = await advice();
    await runAction(w.users.editor, saveAdviceAction, formData(page()));
    const created = await db().advicePage.findUniqueOrThrow({ where: { slug: "travel-to-school" } });
    await runAction(w.users.admin, markAdviceCheckedAction, formData({ advicePageId: created.id }));
    const checked = await db().advicePage.findUniqueOrThrow({ where: { id: created.id } });
    expect(checked.lastCheckedAt).not.toBeNull();
    expect(checked.reviewDueAt!.getUTCFullYear()).toBe(checked.lastCheckedAt!.getUTCFullYear() + 1);
    const refused = await runAction(
      w.users.admin,
      setAdviceOwnerAction,
      formData({ advicePageId: created.id, ownerId: w.users.provider!.id }),
    );
    expect(refused.fieldErrors?.ownerId).toBe("Choose an officer from the list");
    await runAction(
      w.users.admin,
      setAdviceOwnerAction,
      formData({ advicePageId: created.id, ownerId: w.users.admin!.id }),
    );
    expect((await db().advicePage.findUniqueOrThrow({ where: { id: created.id } })).ownerId).toBe(w.users.admin!.id);
  });

  it("related services: the officer's choice first, then published listings in the page's categories", async () => {
    const live = await db().service.findFirstOrThrow({ where: { name: "Live listing" } });
    const archived = await db().service.findFirstOrThrow({ where: { name: "Archived listing" } });
    const related = await findRelatedServices({ relatedServiceIds: [archived.id, live.id], categoryCodes: [] });
    expect(related.map((s) => s.name)).toEqual(["Live listing"]);
  });

  it("seeds the starter pages once, published and checked, each rendered", async () => {
    const added = await db().$transaction((tx) => seedAdvicePages(tx, ADVICE_SEED));
    expect(added).toBe(ADVICE_SEED.length);
    expect(await db().$transaction((tx) => seedAdvicePages(tx, ADVICE_SEED))).toBe(0);
    for (const seed of ADVICE_SEED) {
      const live = await findPublishedAdvicePage(seed.slug);
      expect(live, seed.slug).toMatchObject({ title: seed.title, schedule2: seed.schedule2 });
      expect(live?.reviewDueAt).not.toBeNull();
    }
  });
});
