// The officer's side of "Add your service" and two moderation gaps, against real PostgreSQL:
// the review page's actions for a submitted new service (categories and needs, approving its waiting
// organisation first); asking its sender for changes (the draft reopens by a new emailed link, and
// sending again updates the same revision) or rejecting it (the sender is told, the draft stays
// closed); asking for changes to a provider's organisation-profile change; and a family's suggestion
// made into an edit being done when that edit is approved.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { hashToken } from "@/lib/review-dates/token";
import { approveRevision, saveRevision } from "@/lib/revisions/mutations";
import { submitProfileChange } from "@/lib/organisations/profile/mutations";
import { organisationProfileSchema } from "@/lib/organisations/schema";
import { makeSuggestionIntoEdit, storeSuggestion } from "@/lib/suggestions/mutations";
import { findDraftByResumeHash } from "@/lib/submissions/data";
import { confirmSubmission, requestConfirmation, saveTaskAnswers, startSubmission } from "@/lib/submissions/mutations";
import type { TaskSlug } from "@/lib/submissions/tasks";
import { listingInputSchema } from "@/lib/services/schema";
import { createUser } from "@/tests/factories/admin";
import { buildListing, createListing, createOrganisation } from "@/tests/factories/listings";
import { COMPLETE_ANSWERS } from "@/tests/factories/submissions";
import { formData, runAction } from "@/tests/factories/actions";

const person = { name: "Sam Provider", email: "sam@saturday.example", declaration: "yes" as const };
const seen = (r: { updatedAt: Date }) => ({ version: r.updatedAt.toISOString(), liveVersion: "" });

const mailsTo = (to: string) => db().emailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

// The emails carry a live link: let the outbox keep their text, as in development.
beforeEach(() => {
  process.env.DEMO_SIGN_IN_LINKS = "1";
});
afterEach(() => {
  delete process.env.DEMO_SIGN_IN_LINKS;
});

async function sent(answers = COMPLETE_ANSWERS) {
  const { id } = await startSubmission();
  for (const [task, values] of Object.entries(answers)) await saveTaskAnswers(id, task as TaskSlug, values!);
  const { token } = await requestConfirmation(id, person);
  expect((await confirmSubmission(token)).problem).toBeNull();
  const submission = await db().serviceSubmission.findUniqueOrThrow({ where: { id } });
  const revision = await db().serviceRevision.findUniqueOrThrow({ where: { id: submission.revisionId! } });
  return { submission, revision };
}

describe("the review page's actions for a service sent through Add your service", () => {
  it("sets categories and needs (an empty choice is refused, keeping what was ticked), then the organisation and the service are approved", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const { revision } = await sent();
    const { setSubmittedTermsAction } = await import("@/lib/submissions/actions");
    const { approveOrganisationAction } = await import("@/lib/organisations/approve-action");

    const empty = await runAction(
      editor,
      setSubmittedTermsAction,
      formData({ revisionId: revision.id, version: revision.updatedAt.toISOString(), "needs[]": ["adhd"] }),
    );
    expect(empty.fieldErrors?.categories).toBe("Choose at least one category");
    expect(empty.values?.needs).toEqual(["adhd"]);

    const saved = await runAction(
      editor,
      setSubmittedTermsAction,
      formData({
        revisionId: revision.id,
        version: revision.updatedAt.toISOString(),
        "categories[]": ["education"],
        "needs[]": ["adhd"],
      }),
    );
    expect(saved.redirect).toBe(`/admin/review/${revision.id}?terms=saved`);
    const withTerms = await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(withTerms.data).toMatchObject({ categories: ["education"], needs: ["adhd"] });

    // What the page says: the organisation first.
    await expect(approveRevision(editor, revision.id, seen(withTerms))).rejects.toMatchObject({
      message: expect.stringContaining("Approve the organisation first"),
    });
    const approved = await runAction(
      editor,
      approveOrganisationAction,
      formData({ organisationId: revision.organisationId, revisionId: revision.id }),
    );
    expect(approved.redirect).toBe(`/admin/review/${revision.id}?organisation=approved`);
    const current = await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } });
    const live = await approveRevision(editor, revision.id, seen(current));
    const service = await db().service.findUniqueOrThrow({ where: { id: live.id } });
    expect(service.publishedAt).not.toBeNull();
  });
});

describe("asking the sender of a new service for changes", () => {
  it("reopens their draft by a new emailed link; sending again updates the same revision and organisation", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const { submission, revision } = await sent();
    const { requestChangesAction } = await import("@/lib/moderation/actions");
    const asked = await runAction(
      editor,
      requestChangesAction,
      formData({ revisionId: revision.id, message: "Say if the hall has step-free access." }),
    );
    expect(asked.redirect).toBe(`/admin/review?asked=${revision.id}`);

    const [mail] = await mailsTo(person.email).then((m) => m.filter((x) => x.subject.startsWith("Please change")));
    expect(mail.text).toContain("Say if the hall has step-free access.");
    const token = /\/add-your-service\/resume\/(\S+)/.exec(mail.text)?.[1] ?? "";
    const reopened = await db().serviceSubmission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(reopened).toMatchObject({
      state: "in_progress",
      revisionId: revision.id,
      resumeTokenHash: hashToken(token),
      confirmTokenHash: null,
    });
    expect(await findDraftByResumeHash(hashToken(token))).toMatchObject({ id: submission.id });
    expect(await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({
      state: "changes_requested",
      reason: "Say if the hall has step-free access.",
    });

    // The sender changes an answer, sends and confirms again.
    await saveTaskAnswers(submission.id, "about", { ...COMPLETE_ANSWERS.about!, name: "Saturday Club (step-free)" });
    const again = await requestConfirmation(submission.id, person);
    const confirmed = await confirmSubmission(again.token);
    expect(confirmed.problem).toBeNull();

    expect(await db().serviceRevision.count()).toBe(1);
    expect(await db().organisation.count({ where: { name: "Saturday Club CIC" } })).toBe(1);
    const resent = await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(resent).toMatchObject({ state: "submitted", reason: null, organisationId: revision.organisationId });
    expect(resent.data).toMatchObject({ name: "Saturday Club (step-free)" });
    expect(resent.submittedAt!.getTime()).toBeGreaterThan(revision.submittedAt!.getTime());
    expect(await db().serviceSubmission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      state: "confirmed",
      resumeTokenHash: null,
    });
    expect(await db().auditEvent.count({ where: { type: "submission.resubmitted" } })).toBe(1);
  });

  it("rejecting emails the sender (not the organisation's providers) the reason, and the draft stays closed", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const org = await createOrganisation({ name: "Seabourne Swimming" });
    await createUser("provider", "coach@swimming.example", org.id);
    const { submission, revision } = await sent({
      ...COMPLETE_ANSWERS,
      organisation: { choice: "existing", organisationId: org.id, organisationName: "Seabourne Swimming" },
    });
    const { rejectRevisionAction } = await import("@/lib/revisions/actions");
    await runAction(
      editor,
      rejectRevisionAction,
      formData({ revisionId: revision.id, reason: "We list only services in Seabourne." }),
    );

    const mails = await mailsTo(person.email);
    expect(mails.at(-1)?.text).toContain("We list only services in Seabourne.");
    expect(mails.at(-1)?.text).not.toContain("/add-your-service/resume/");
    expect(await mailsTo("coach@swimming.example")).toEqual([]);
    expect(await db().serviceSubmission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      state: "confirmed",
      resumeTokenHash: null,
    });
  });
});

describe("merging a sent service into the listing it duplicates", () => {
  it("emails the sender that their answers became a change to the existing listing, and not its providers", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const org = await createOrganisation({ name: "Seabourne Swimming" });
    await createUser("provider", "coach@swimming.example", org.id);
    const existing = await createListing({ name: "Saturday Club" }, { organisationId: org.id });
    const { revision } = await sent({
      ...COMPLETE_ANSWERS,
      organisation: { choice: "existing", organisationId: org.id, organisationName: "Seabourne Swimming" },
    });
    const { mergeDuplicateAction } = await import("@/lib/moderation/actions");
    const result = await runAction(
      editor,
      mergeDuplicateAction,
      formData({ revisionId: revision.id, targetId: existing.id }),
    );

    expect(result.redirect).toMatch(/\/admin\/review\/.+\?merged=1$/);
    const mail = (await mailsTo(person.email)).at(-1);
    expect(mail?.subject).toBe("Saturday Club is already on the Seabourne Local Offer");
    expect(mail?.text).toContain(`Your answers are now a change to "Saturday Club"`);
    expect(await mailsTo("coach@swimming.example")).toEqual([]);
  });
});

describe("asking for changes to a provider's organisation-profile change", () => {
  it("emails the provider, who sends the same change again", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const org = await createOrganisation({ name: "Seabourne Swimming" });
    const provider = await createUser("provider", "coach@swimming.example", org.id);
    const profile = organisationProfileSchema.parse({
      name: "Seabourne Swimming Club",
      kind: "charity",
      description: "Swimming lessons.",
    });
    const change = await submitProfileChange(provider, org.id, profile);
    const { requestChangesAction } = await import("@/lib/moderation/actions");
    await runAction(
      editor,
      requestChangesAction,
      formData({ revisionId: change.id, message: "Add your charity number." }),
    );

    expect(await db().serviceRevision.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({
      state: "changes_requested",
      reason: "Add your charity number.",
    });
    const [mail] = await mailsTo(provider.email);
    expect(mail.text).toContain("Add your charity number.");
    expect(mail.text).toContain(`/admin/organisations/${org.id}/edit`);
    expect(
      await db().auditEvent.count({ where: { entityType: "organisation", type: "revision.changes_requested" } }),
    ).toBe(1);

    const again = await submitProfileChange(
      provider,
      org.id,
      organisationProfileSchema.parse({ ...profile, charityNumber: "1234567" }),
    );
    expect(again.id).toBe(change.id);
    expect(again).toMatchObject({ state: "submitted", reason: null });
    const written = await approveRevision(editor, change.id, {
      version: again.updatedAt.toISOString(),
      liveVersion: (await db().organisation.findUniqueOrThrow({ where: { id: org.id } })).updatedAt.toISOString(),
    });
    expect(written.name).toBe("Seabourne Swimming Club");
  });
});

describe("a family's suggestion made into an edit", () => {
  it("is done when that edit is approved", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const org = await createOrganisation({ name: "Seabourne Swimming" });
    const provider = await createUser("provider", "coach@swimming.example", org.id);
    const listing = await createListing({ name: "Swim club" }, { organisationId: org.id });
    const suggestion = await storeSuggestion(listing.id, "contact", "The number does not work.");
    const { revisionId } = await makeSuggestionIntoEdit(provider, suggestion.id);
    const live = await db().service.findUniqueOrThrow({ where: { id: listing.id } });
    const saved = await saveRevision(provider, {
      serviceId: listing.id,
      listing: listingInputSchema.parse(
        buildListing({ name: "Swim club", slug: live.slug, summary: "Call 01632 960 001." }),
      ),
      baseUpdatedAt: live.updatedAt.toISOString(),
      submit: true,
    });
    if (saved.conflict) throw new Error("unexpected conflict");
    expect(saved.revision.id).toBe(revisionId);
    expect((await db().changeSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).state).toBe(
      "made_into_edit",
    );

    await approveRevision(editor, revisionId, {
      version: saved.revision.updatedAt.toISOString(),
      liveVersion: live.updatedAt.toISOString(),
    });
    const done = await db().changeSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } });
    expect(done.state).toBe("done");
    expect(done.handledAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { type: "suggestion.done", entityId: listing.id } })).toBe(1);
  });
});
