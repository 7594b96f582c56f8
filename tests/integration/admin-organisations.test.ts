// Organisations in the staff area against a real database: officers' add and change forms refuse
// bad input and keep what was typed; archiving takes the listings off the public site; merging
// moves listings, people, open changes and submissions in one go; a provider's change to their
// organisation's details is a revision that changes nothing live until an officer approves it.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { findPublishedServiceBySlug } from "@/lib/services/data";
import { createAdminWorld, createUser, snapshotDatabase } from "@/tests/factories/admin";
import { formData, runAction } from "@/tests/factories/actions";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

const actions = () => import("@/lib/organisations/actions");
const profile = (overrides: Record<string, string> = {}) => ({
  name: "Seabourne Saturday Club",
  kind: "charity",
  description: "Saturday activities for disabled children.",
  website: "https://saturday-club.example.org",
  email: "hello@saturday-club.example.org",
  phone: "01632 960 222",
  charityNumber: "1234567",
  companyNumber: "",
  ...overrides,
});

describe("adding and changing an organisation", () => {
  it("an officer adds one: approved at once, with its audit row", async () => {
    const { createOrganisationAction } = await actions();
    const result = await runAction(w.users.editor, createOrganisationAction, formData(profile()));
    expect((result as { digest?: string }).digest).toMatch(/\/admin\/organisations\/[0-9a-f-]{36}\?saved=created/);
    const created = await db().organisation.findFirstOrThrow({ where: { name: "Seabourne Saturday Club" } });
    expect(created).toMatchObject({ kind: "charity", charityNumber: "1234567", companyNumber: null });
    expect(created.approvedAt).not.toBeNull();
    expect(created.slug).toBe("seabourne-saturday-club");
    expect(await db().auditEvent.count({ where: { entityId: created.id, type: "organisation.created" } })).toBe(1);
  });

  it("refuses bad input field by field, keeps what was typed, strips tags and writes nothing", async () => {
    const { createOrganisationAction } = await actions();
    const before = await snapshotDatabase();
    const typed = profile({
      name: "",
      kind: "spaceship",
      website: "javascript:alert(1)",
      email: "not an email",
      phone: "call us",
      charityNumber: "12",
      companyNumber: "ABC",
      description: "x".repeat(2001),
    });
    const state = await runAction(w.users.editor, createOrganisationAction, formData(typed));
    expect(state.fieldErrors).toEqual({
      name: "Enter the organisation name",
      kind: "Choose the type of organisation",
      description: "Use 2000 characters or fewer",
      website: "Enter a web address starting with https://",
      email: "Enter an email address like name@example.org",
      phone: "Enter a phone number, like 01632 960 000",
      charityNumber: "Enter a charity number, like 1234567 or SC012345",
      companyNumber: "Enter a company number of 8 characters, like 01234567 or SC123456",
    });
    expect(state.values).toMatchObject({ website: "javascript:alert(1)", phone: "call us" });
    expect(await snapshotDatabase()).toBe(before);

    const tagged = await runAction(
      w.users.editor,
      createOrganisationAction,
      formData(profile({ name: "<b>Bold</b> Club<script>x</script>", website: "http://bold.example.org" })),
    );
    expect((tagged as { digest?: string }).digest).toMatch(/saved=created/);
    expect(await db().organisation.count({ where: { name: "Bold Clubx" } })).toBe(1);
  });

  it("an officer's change goes live; a change made meanwhile by someone else is not overwritten unseen", async () => {
    const { updateOrganisationAction } = await actions();
    const row = await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } });
    const base = { organisationId: w.orgA.id, baseUpdatedAt: row.updatedAt.toISOString() };
    const ok = await runAction(
      w.users.editor,
      updateOrganisationAction,
      formData({ ...profile({ name: "Org A renamed" }), ...base }),
    );
    expect((ok as { digest?: string }).digest).toMatch(/saved=updated/);
    expect((await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } })).name).toBe("Org A renamed");
    // The live listing is found by its organisation's new name: search is told in the same transaction.
    expect(await db().searchOutbox.count({ where: { serviceId: w.live.id } })).toBeGreaterThan(0);

    const stale = await runAction(
      w.users.admin,
      updateOrganisationAction,
      formData({ ...profile({ name: "Older" }), ...base }),
    );
    expect(stale.formError).toMatch(/Someone else changed this organisation/);
    expect(stale.values).toMatchObject({ name: "Older" });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } })).name).toBe("Org A renamed");
  });
});

describe("archiving", () => {
  it("takes every listing off the public site, one audit row each, and it can no longer be chosen", async () => {
    const { archiveOrganisationAction } = await actions();
    const live = await db().service.findUniqueOrThrow({ where: { id: w.live.id } });
    expect(await findPublishedServiceBySlug(live.slug)).not.toBeNull();
    const result = await runAction(w.users.editor, archiveOrganisationAction, formData({ organisationId: w.orgA.id }));
    expect((result as { digest?: string }).digest).toMatch(/saved=archived/);
    expect(await findPublishedServiceBySlug(live.slug)).toBeNull();
    expect(await db().service.count({ where: { organisationId: w.orgA.id, archivedAt: null } })).toBe(0);
    // Live and unpublished were archived now; the one already archived keeps its date and gets no row.
    const rows = await db().auditEvent.findMany({
      where: { type: "service.archived", data: { path: ["organisationId"], equals: w.orgA.id } },
    });
    expect(rows.map((r) => r.entityId).sort()).toEqual([w.live.id, w.unpublished.id].sort());
    expect(await db().auditEvent.count({ where: { entityId: w.orgA.id, type: "organisation.archived" } })).toBe(1);
    const { findOrganisationChoices } = await import("@/lib/organisations/data");
    expect((await findOrganisationChoices()).map((o) => o.id)).not.toContain(w.orgA.id);

    const again = await runAction(w.users.admin, archiveOrganisationAction, formData({ organisationId: w.orgA.id }));
    expect(again.formError).toBe("This organisation is already archived.");
  });
});

describe("merging", () => {
  it("moves listings, people, open changes and submissions to the organisation kept, in one go", async () => {
    const { mergeOrganisationAction } = await actions();
    const submission = await db().serviceSubmission.create({ data: { organisationId: w.orgA.id } });
    const result = await runAction(
      w.users.editor,
      mergeOrganisationAction,
      formData({ organisationId: w.orgA.id, intoId: w.orgB.id }),
    );
    expect((result as { digest?: string }).digest).toContain(`/admin/organisations/${w.orgB.id}?saved=merged`);
    expect(await db().service.count({ where: { organisationId: w.orgA.id } })).toBe(0);
    expect(await db().service.count({ where: { organisationId: w.orgB.id } })).toBe(3);
    expect((await db().user.findUniqueOrThrow({ where: { id: w.users.provider!.id } })).organisationId).toBe(w.orgB.id);
    expect((await db().serviceRevision.findUniqueOrThrow({ where: { id: w.submitted.id } })).organisationId).toBe(
      w.orgB.id,
    );
    expect((await db().serviceSubmission.findUniqueOrThrow({ where: { id: submission.id } })).organisationId).toBe(
      w.orgB.id,
    );
    const merged = await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } });
    expect(merged.mergedIntoId).toBe(w.orgB.id);
    expect(merged.archivedAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { type: "service.moved" } })).toBe(3);
    expect(await db().auditEvent.count({ where: { type: "organisation.merged", entityId: w.orgA.id } })).toBe(1);
    // The live listing stays live, under its new organisation.
    const live = await db().service.findUniqueOrThrow({ where: { id: w.live.id } });
    expect((await findPublishedServiceBySlug(live.slug))?.organisation.name).toBe("Org B");
  });

  it("refuses merging into itself or into an archived organisation, and changes nothing", async () => {
    const { archiveOrganisationAction, mergeOrganisationAction } = await actions();
    const itself = await runAction(
      w.users.editor,
      mergeOrganisationAction,
      formData({ organisationId: w.orgA.id, intoId: w.orgA.id }),
    );
    expect(itself.fieldErrors).toEqual({ intoId: "Choose a different organisation to keep" });
    await runAction(w.users.editor, archiveOrganisationAction, formData({ organisationId: w.orgB.id }));
    const before = await snapshotDatabase();
    const archived = await runAction(
      w.users.admin,
      mergeOrganisationAction,
      formData({ organisationId: w.orgA.id, intoId: w.orgB.id }),
    );
    expect(archived.fieldErrors).toEqual({ intoId: "That organisation is archived. Choose one that is not archived" });
    expect(await snapshotDatabase()).toBe(before);
    expect((await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } })).mergedIntoId).toBeNull();
  });
});

describe("a provider's change to their organisation's details", () => {
  it("is a revision: the live organisation changes only when an officer approves it", async () => {
    const { submitProfileChangeAction, approveProfileChangeAction } = await actions();
    const row = await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } });
    const sent = await runAction(
      w.users.provider,
      submitProfileChangeAction,
      formData({ ...profile({ name: "Org A, as the provider says" }), organisationId: w.orgA.id, baseUpdatedAt: "x" }),
    );
    expect((sent as { digest?: string }).digest).toMatch(/saved=submitted/);
    const revision = await db().serviceRevision.findFirstOrThrow({ where: { subject: "organisation" } });
    expect(revision).toMatchObject({ serviceId: null, organisationId: w.orgA.id, state: "submitted" });
    expect((revision.data as { name: string }).name).toBe("Org A, as the provider says");
    expect((await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } })).name).toBe("Org A");

    // A provider cannot approve it; an officer can, through the one approval path.
    const seen = {
      revisionId: revision.id,
      version: revision.updatedAt.toISOString(),
      liveVersion: row.updatedAt.toISOString(),
    };
    const denied = await runAction(w.users.provider, approveProfileChangeAction, formData(seen));
    expect((denied as { digest?: string }).digest).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    const approved = await runAction(w.users.editor, approveProfileChangeAction, formData(seen));
    expect((approved as { digest?: string }).digest).toContain(
      `/admin/organisations/${w.orgA.id}?saved=change-approved`,
    );
    const live = await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } });
    expect(live).toMatchObject({ name: "Org A, as the provider says", charityNumber: "1234567" });
    expect((await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } })).state).toBe("approved");
    expect(await db().auditEvent.count({ where: { entityId: w.orgA.id, type: "revision.approved" } })).toBe(1);
    // The second officer is told it was already decided.
    const twice = await runAction(w.users.admin, approveProfileChangeAction, formData(seen));
    expect(twice.formError).toBe("This change has already been decided.");
  });

  it("returned with a reason, the live details stay and the provider is emailed", async () => {
    const { submitProfileChangeAction, returnProfileChangeAction } = await actions();
    await runAction(
      w.users.provider,
      submitProfileChangeAction,
      formData({ ...profile({ name: "Nope" }), organisationId: w.orgA.id, baseUpdatedAt: "x" }),
    );
    const revision = await db().serviceRevision.findFirstOrThrow({ where: { subject: "organisation" } });
    const result = await runAction(
      w.users.editor,
      returnProfileChangeAction,
      formData({ revisionId: revision.id, reason: "Use your full name" }),
    );
    expect((result as { digest?: string }).digest).toMatch(/saved=change-returned/);
    expect(await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      state: "rejected",
      reason: "Use your full name",
    });
    expect((await db().organisation.findUniqueOrThrow({ where: { id: w.orgA.id } })).name).toBe("Org A");
    expect(
      await db().emailMessage.count({
        where: { to: "provider.a@example.org", subject: { contains: "needs more work" } },
      }),
    ).toBe(1);
  });

  it("another organisation's provider cannot touch it", async () => {
    const { submitProfileChangeAction, updateOrganisationAction } = await actions();
    const before = await snapshotDatabase();
    const values = { ...profile({ name: "Hijacked" }), organisationId: w.orgA.id, baseUpdatedAt: "x" };
    for (const action of [submitProfileChangeAction, updateOrganisationAction])
      expect(((await runAction(w.users.providerOther, action, formData(values))) as { digest?: string }).digest).toBe(
        "NEXT_HTTP_ERROR_FALLBACK;404",
      );
    expect(await snapshotDatabase()).toBe(before);
    expect(await db().serviceRevision.count({ where: { subject: "organisation" } })).toBe(0);
  });
});

describe("inviting someone", () => {
  it("adds a provider user to the organisation and emails them how to sign in", async () => {
    const { inviteProviderAction } = await actions();
    const result = await runAction(
      w.users.editor,
      inviteProviderAction,
      formData({ organisationId: w.orgA.id, email: " New.Person@Example.org ", name: "New Person" }),
    );
    expect((result as { digest?: string }).digest).toMatch(/saved=invited/);
    const person = await db().user.findUniqueOrThrow({ where: { email: "new.person@example.org" } });
    expect(person).toMatchObject({ role: "provider", organisationId: w.orgA.id, name: "New Person" });
    const mail = await db().emailMessage.findFirstOrThrow({ where: { to: "new.person@example.org" } });
    expect(mail.text).toContain("/admin/sign-in");
    expect(mail.text).not.toMatch(/token=/);
  });

  it("refuses a council officer's address and another organisation's provider", async () => {
    const { inviteProviderAction } = await actions();
    await createUser("editor", "officer@seabourne.gov.uk");
    const officer = await runAction(
      w.users.editor,
      inviteProviderAction,
      formData({ organisationId: w.orgA.id, email: "officer@seabourne.gov.uk" }),
    );
    expect(officer.fieldErrors?.email).toMatch(/council officer/);
    const other = await runAction(
      w.users.editor,
      inviteProviderAction,
      formData({ organisationId: w.orgA.id, email: "provider.b@example.org" }),
    );
    expect(other.fieldErrors?.email).toMatch(/another organisation/);
    expect((await db().user.findUniqueOrThrow({ where: { email: "provider.b@example.org" } })).organisationId).toBe(
      w.orgB.id,
    );
  });
});
