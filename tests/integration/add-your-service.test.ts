// "Add your service" against real PostgreSQL: a draft saved task by task, the confirmation link
// (single use, expiry, a new one), the refusal of an unfinished draft, and the new-organisation
// flow through the officers' own approval path.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { approveOrganisation } from "@/lib/organisations/mutations";
import { approveRevision } from "@/lib/revisions/mutations";
import {
  confirmSubmission,
  renewConfirmation,
  requestConfirmation,
  saveTaskAnswers,
  setSubmittedTerms,
  startSubmission,
} from "@/lib/submissions/mutations";
import type { TaskSlug } from "@/lib/submissions/tasks";
import { createUser } from "@/tests/factories/admin";
import { createOrganisation } from "@/tests/factories/listings";
import { COMPLETE_ANSWERS } from "@/tests/factories/submissions";

const person = { name: "Sam Provider", email: "sam@saturday.example", declaration: "yes" as const };
const HOUR = 3_600_000;

async function draftWith(answers: typeof COMPLETE_ANSWERS) {
  const { id } = await startSubmission();
  for (const [task, values] of Object.entries(answers)) await saveTaskAnswers(id, task as TaskSlug, values!);
  return id;
}

async function confirmedNewOrganisation(now = new Date()) {
  const id = await draftWith(COMPLETE_ANSWERS);
  const { token } = await requestConfirmation(id, person, now);
  const confirmed = await confirmSubmission(token, now);
  expect(confirmed.problem).toBeNull();
  const submission = await db().serviceSubmission.findUniqueOrThrow({ where: { id } });
  const revision = await db().serviceRevision.findUniqueOrThrow({ where: { id: submission.revisionId! } });
  return { submission, revision };
}

const seen = (r: { updatedAt: Date }) => ({ version: r.updatedAt.toISOString(), liveVersion: "" });

describe("an unfinished draft", () => {
  it("cannot be sent, and the message names the tasks to finish", async () => {
    const { costs: _c, send: _s, ...rest } = COMPLETE_ANSWERS;
    const id = await draftWith({ ...rest, who: { whoFor: "Anyone" } });
    await expect(requestConfirmation(id, person)).rejects.toMatchObject({
      code: "invalid",
      message: "You cannot send this yet. Finish these sections: Who it is for, Costs and The SEND questions.",
    });
    const row = await db().serviceSubmission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "in_progress", email: null, confirmTokenHash: null });
  });

  it("keeps each task saved as it goes, two tasks saved at once both kept", async () => {
    const { id } = await startSubmission();
    await Promise.all([
      saveTaskAnswers(id, "about", COMPLETE_ANSWERS.about!),
      saveTaskAnswers(id, "costs", COMPLETE_ANSWERS.costs!),
    ]);
    const row = await db().serviceSubmission.findUniqueOrThrow({ where: { id } });
    expect(Object.keys(row.answers as object).sort()).toEqual(["about", "costs"]);
  });
});

describe("the confirmation link", () => {
  it("expires, a new one replaces it, and it works once", async () => {
    const now = new Date("2026-12-01T10:00:00Z");
    const id = await draftWith(COMPLETE_ANSWERS);
    const first = await requestConfirmation(id, person, now);
    expect(await confirmSubmission(first.token, new Date(now.getTime() + 25 * HOUR))).toEqual({ problem: "expired" });
    const second = await renewConfirmation(id, now);
    expect(await confirmSubmission(first.token, now)).toEqual({ problem: "unknown" });
    expect((await confirmSubmission(second.token, now)).problem).toBeNull();
    expect(await confirmSubmission(second.token, now)).toEqual({ problem: "used" });
    expect(await db().serviceRevision.count()).toBe(1);
    expect(await db().organisation.count({ where: { name: "Saturday Club CIC" } })).toBe(1);
  });

  it("two clicks at once make one submission", async () => {
    const id = await draftWith(COMPLETE_ANSWERS);
    const { token } = await requestConfirmation(id, person);
    const results = await Promise.allSettled([confirmSubmission(token), confirmSubmission(token)]);
    const problems = results.map((r) => (r.status === "fulfilled" ? r.value.problem : "failed"));
    expect(problems).toContain(null);
    expect(await db().serviceRevision.count()).toBe(1);
  });
});

describe("a new organisation", () => {
  it("waits for an officer; its service cannot be approved before it; its sender joins when it is approved", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const { revision } = await confirmedNewOrganisation();
    expect(revision).toMatchObject({ state: "submitted", serviceId: null, authorId: null });
    const organisation = await db().organisation.findUniqueOrThrow({ where: { id: revision.organisationId } });
    expect(organisation.approvedAt).toBeNull();
    expect(await db().user.count({ where: { email: person.email } })).toBe(0);

    await expect(approveRevision(editor, revision.id, seen(revision))).rejects.toMatchObject({
      code: "wrong_state",
      message: expect.stringContaining("Approve the organisation first"),
    });

    const approved = await approveOrganisation(editor, organisation.id);
    expect(approved.joined).toEqual([{ email: person.email, name: person.name, outcome: "joined" }]);
    const user = await db().user.findUniqueOrThrow({ where: { email: person.email } });
    expect(user).toMatchObject({ role: "provider", organisationId: organisation.id, name: person.name });
    await expect(approveOrganisation(editor, organisation.id)).rejects.toMatchObject({ code: "wrong_state" });

    const current = await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(current.authorId).toBe(user.id);
    const live = await approveRevision(editor, revision.id, seen(current));
    expect(live).toMatchObject({ name: "Saturday Club", submitter: { email: person.email, outcome: "already" } });
    const service = await db().service.findUniqueOrThrow({ where: { id: live.id } });
    expect(service.publishedAt).not.toBeNull();
    expect(service.organisationId).toBe(organisation.id);
  });

  it("an officer sets the categories and needs it goes live with", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const { revision } = await confirmedNewOrganisation();
    const input = { revisionId: revision.id, categories: ["education"], needs: ["adhd"] };
    await expect(setSubmittedTerms(editor, { ...input, version: "2020-01-01T00:00:00.000Z" })).rejects.toMatchObject({
      code: "conflict",
    });
    const provider = await createUser("provider", "other@example.org");
    await expect(setSubmittedTerms(provider, { ...input, version: seen(revision).version })).rejects.toMatchObject({
      code: "not_found",
    });
    await setSubmittedTerms(editor, {
      ...input,
      categories: ["education", "made-up"],
      version: seen(revision).version,
    });
    const current = await db().serviceRevision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(current.data).toMatchObject({ categories: ["education"], needs: ["adhd"], name: "Saturday Club" });
  });
});

describe("an existing organisation", () => {
  it("is named by the submission, and its sender joins only when an officer approves the service", async () => {
    const editor = await createUser("editor", "editor@seabourne.gov.uk");
    const org = await createOrganisation({ name: "Seabourne Swimming" });
    const id = await draftWith({
      ...COMPLETE_ANSWERS,
      organisation: { choice: "existing", organisationId: org.id, organisationName: "Seabourne Swimming" },
    });
    const { token } = await requestConfirmation(id, person);
    await confirmSubmission(token);
    expect(await db().organisation.count()).toBe(1);
    expect(await db().user.count({ where: { email: person.email } })).toBe(0);
    const revision = await db().serviceRevision.findFirstOrThrow({ where: { organisationId: org.id } });
    const live = await approveRevision(editor, revision.id, seen(revision));
    expect(live).toMatchObject({ submitter: { email: person.email, outcome: "joined" } });
    const user = await db().user.findUniqueOrThrow({ where: { email: person.email } });
    expect(user).toMatchObject({ role: "provider", organisationId: org.id });
  });

  it("that was archived after it was chosen is refused at confirmation, with what to do", async () => {
    const org = await createOrganisation({ name: "Closed Club" });
    const id = await draftWith({ ...COMPLETE_ANSWERS, organisation: { choice: "existing", organisationId: org.id } });
    const { token } = await requestConfirmation(id, person);
    await db().organisation.update({ where: { id: org.id }, data: { archivedAt: new Date() } });
    await expect(confirmSubmission(token)).rejects.toMatchObject({ code: "invalid" });
    expect(await db().serviceSubmission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "awaiting_confirmation",
    });
  });
});
