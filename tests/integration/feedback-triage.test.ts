// Officers handling families' feedback (issue 12, items 2–4), against real PostgreSQL: triage, reply
// by email, the council's response, approving the anonymised text, and the rules for publishing
// (consent, an approved redaction and a response, or it is not public). Then 30 comments full of
// personal details go through submit → redact → approve → publish, and none of it is public.
import { beforeEach, describe, expect, it } from "vitest";
import type { SignedInUser } from "@/lib/auth/roles";
import { loadAnnualReport, loadAnnualReportCsv, loadYouSaidWeDid } from "@/lib/feedback/publish/loaders";
import { redact } from "@/lib/feedback/redact";
import { feedbackCommentSchema } from "@/lib/feedback/schema";
import { submitFeedbackComment } from "@/lib/feedback/submit/submit";
import {
  approveRedaction,
  decidePublication,
  replyToFeedback,
  saveResponse,
  saveTriage,
} from "@/lib/feedback/triage/mutations";
import { responseSchema } from "@/lib/feedback/triage/schema";
import { toCsv } from "@/lib/platform/csv";
import { db } from "@/lib/platform/db";
import { createUser } from "@/tests/factories/admin";
import { createOrganisation } from "@/tests/factories/listings";
import { commentsFullOfSecrets, holdsSecret } from "@/tests/factories/feedback";

let editor: SignedInUser;
let provider: SignedInUser;
beforeEach(async () => {
  editor = await createUser("editor", "officer@seabourne.gov.uk");
  const org = await createOrganisation({ name: "Sunny Days" });
  provider = await createUser("provider", "provider@sunny.example", org.id);
});

async function comment(over: Record<string, unknown> = {}, client = "203.0.113.9") {
  const input = feedbackCommentSchema.parse({ theme: "ease_of_use", comment: "The filters are hard to use.", ...over });
  const result = await submitFeedbackComment(input, client);
  if (result.outcome !== "sent") throw new Error(result.outcome);
  return db().feedback.findUniqueOrThrow({ where: { id: result.feedbackId } });
}

const publish = (id: string) =>
  decidePublication(editor, { feedbackId: id, decision: "publishable", exclusionNote: "" });
const isPublic = async (id: string) =>
  (await loadYouSaidWeDid()).periods.some((p) => p.themes.some((t) => t.items.some((i) => i.id === id)));

describe("triage", () => {
  it("sets status, assignee and notes, with an audit row that holds none of the family's words", async () => {
    const f = await comment({ comment: "My son Jack cannot find a club" });
    await saveTriage(editor, { feedbackId: f.id, status: "in_progress", assigneeId: editor.id, notes: "Ask the team" });
    const row = await db().feedback.findUniqueOrThrow({ where: { id: f.id } });
    expect(row).toMatchObject({ status: "in_progress", assigneeId: editor.id, notes: "Ask the team" });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: f.id } });
    expect(audit.type).toBe("feedback.triaged");
    expect(JSON.stringify(audit)).not.toContain("Jack");
  });

  it("only an officer can be the assignee; a provider can do nothing (404) and nothing changes", async () => {
    const f = await comment();
    await expect(
      saveTriage(editor, { feedbackId: f.id, status: "new", assigneeId: provider.id, notes: "" }),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { assigneeId: "Choose an officer from the list" } });
    await expect(
      saveTriage(provider, { feedbackId: f.id, status: "closed", assigneeId: "", notes: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(replyToFeedback(provider, f.id, "hi")).rejects.toMatchObject({ code: "not_found" });
    await expect(saveResponse(provider, { feedbackId: f.id, response: "r", action: "" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(approveRedaction(provider, f.id, "clean text")).rejects.toMatchObject({ code: "not_found" });
    expect(await db().feedback.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({
      status: "new",
      notes: "",
      response: "",
      redactionApprovedAt: null,
    });
  });
});

describe("reply by email", () => {
  it("goes through the outbox to the address given, sets repliedAt and the status, and is audited", async () => {
    const f = await comment({ email: "parent@example.com" });
    await replyToFeedback(editor, f.id, "Thank you. We have changed the filters.");
    const [email] = await db().emailMessage.findMany();
    expect(email.to).toBe("parent@example.com");
    expect(email.text).toContain("We have changed the filters.");
    expect(email.text).not.toContain("hard to use"); // their comment is not quoted back
    const row = await db().feedback.findUniqueOrThrow({ where: { id: f.id } });
    expect(row.repliedAt).not.toBeNull();
    expect(row.status).toBe("responded");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: f.id, type: "feedback.replied" } });
    expect(JSON.stringify(audit)).not.toContain("parent@example.com");
  });

  it("is refused when no email address was given", async () => {
    const f = await comment();
    await expect(replyToFeedback(editor, f.id, "Hello")).rejects.toMatchObject({ code: "wrong_state" });
    expect(await db().emailMessage.count()).toBe(0);
  });
});

describe("anonymising and publishing", () => {
  it("refuses an anonymised text that still has personal details, saying what they are", async () => {
    const f = await comment({ comment: "My son Jack, FY4 1AB", consent: "yes" });
    await expect(approveRedaction(editor, f.id, "My son Jack, [postcode removed]")).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { redactedComment: expect.stringContaining('a name ("Jack")') },
    });
    expect((await db().feedback.findUniqueOrThrow({ where: { id: f.id } })).redactionApprovedAt).toBeNull();
    await approveRedaction(editor, f.id, "My son [name removed], [postcode removed]");
    const row = await db().feedback.findUniqueOrThrow({ where: { id: f.id } });
    expect(row).toMatchObject({ redactedComment: "My son [name removed], [postcode removed]" });
    expect(row.redactionApprovedById).toBe(editor.id);
    expect(await db().auditEvent.count({ where: { entityId: f.id, type: "feedback.redaction_approved" } })).toBe(1);
  });

  it("publishes only with consent, an approved redaction and a response", async () => {
    const noConsent = await comment({ comment: "No consent here" });
    await approveRedaction(editor, noConsent.id, "No consent here");
    await saveResponse(editor, { feedbackId: noConsent.id, response: "Thanks", action: "" });
    await expect(publish(noConsent.id)).rejects.toMatchObject({ code: "wrong_state" });

    const f = await comment({ comment: "Please add bus routes", consent: "yes" });
    await expect(publish(f.id)).rejects.toMatchObject({ message: expect.stringContaining("Approve the anonymised") });
    await approveRedaction(editor, f.id, "Please add bus routes");
    await expect(publish(f.id)).rejects.toMatchObject({ message: expect.stringContaining("response") });
    await saveResponse(editor, { feedbackId: f.id, response: "We added them", action: "Bus routes on each page" });
    expect(await isPublic(f.id)).toBe(false);
    await publish(f.id);
    expect(await isPublic(f.id)).toBe(true);
    expect(await isPublic(noConsent.id)).toBe(false);

    // Whatever the database says, the public page holds every rule itself.
    await db().feedback.update({ where: { id: noConsent.id }, data: { publication: "publishable" } });
    expect(await isPublic(noConsent.id)).toBe(false);
    await db().feedback.update({ where: { id: f.id }, data: { response: "" } });
    expect(await isPublic(f.id)).toBe(false);
  });

  it("keeps a comment off with a reason, and 'other' needs a note", async () => {
    const f = await comment({ consent: "yes" });
    await decidePublication(editor, {
      feedbackId: f.id,
      decision: "excluded",
      exclusion: "individual_case",
      exclusionNote: "",
    });
    expect(await db().feedback.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({
      publication: "excluded",
      exclusion: "individual_case",
    });
    const year = new Date().getFullYear();
    const report = await loadAnnualReport(year);
    expect(report.total).toMatchObject({ received: 1, published: 0, excluded: 1 });
  });
});

describe("the annual report's CSV", () => {
  it("protects against spreadsheet formulas and keeps HTML as inert text", async () => {
    const f = await comment({ comment: '=HYPERLINK("http://x.example") is what the page said', consent: "yes" });
    await approveRedaction(editor, f.id, '=HYPERLINK("http://x.example") is what the page said');
    const typed = { feedbackId: f.id, response: "+We fixed it", action: "@everyone <b>bold</b>" };
    await saveResponse(editor, responseSchema.parse(typed));
    await publish(f.id);
    const csv = toCsv(await loadAnnualReportCsv(new Date().getFullYear()));
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"") is what the page said"`);
    expect(csv).toContain(",'+We fixed it,");
    expect(csv).toContain("'@everyone bold");
  });
});

describe("30 comments full of personal details", () => {
  it("reach no public page and no CSV, only their anonymised text", async () => {
    const corpus = commentsFullOfSecrets(30);
    const ids: string[] = [];
    for (const [i, c] of corpus.entries()) {
      const f = await comment(
        { comment: c.comment, consent: "yes", email: `family${i}@example.com` },
        `198.51.100.${i}`,
      );
      await approveRedaction(editor, f.id, redact(f.comment).text);
      await saveResponse(editor, { feedbackId: f.id, response: `Response ${i}`, action: `Action ${i}` });
      await publish(f.id);
      ids.push(f.id);
    }
    const year = new Date().getFullYear();
    const page = await loadYouSaidWeDid();
    const report = await loadAnnualReport(year);
    const csv = toCsv(await loadAnnualReportCsv(year));
    expect(page.count).toBe(30);
    expect(report.total.published).toBe(30);
    expect(csv.split("\r\n").length).toBe(32); // heading, 30 rows, and the end
    const everything = JSON.stringify({ page, report }) + csv;
    expect(everything).toContain("[name removed]");
    for (const c of corpus) for (const secret of c.secrets) expect(holdsSecret(everything, secret), secret).toBe(false);
    for (let i = 0; i < 30; i++) expect(everything).not.toContain(`family${i}@example.com`);
  });
});
