// Writes for officers handling families' feedback: each checks the person is staff (a provider gets
// the same 404 as a missing record), writes in a transaction with its audit row, and never puts what
// the family typed, or their email address, into the audit log.
import "server-only";
import { recordAudit } from "@/lib/audit/mutations";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/platform/app-error";
import { db, type Tx } from "@/lib/platform/db";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";
import { formatDate } from "@/lib/services/format";
import { findPersonalDetails, REDACTION_KIND_NAMES } from "../redact";
import type { PublicationInput, TriageInput } from "./schema";

const GONE = "There is no feedback with that address.";

async function feedbackFor(client: Tx, user: SignedInUser, feedbackId: string) {
  if (!isStaff(user)) throw new AppError("not_found", GONE);
  const row = await client.feedback.findUnique({ where: { id: feedbackId } });
  if (!row) throw new AppError("not_found", GONE);
  return row;
}

const actor = (user: SignedInUser) => ({ id: user.id, email: user.email });

/** Status, assignee and internal notes. The assignee must be an officer who can sign in. */
export async function saveTriage(user: SignedInUser, input: TriageInput) {
  return db().$transaction(async (tx) => {
    const before = await feedbackFor(tx, user, input.feedbackId);
    const assigneeId = input.assigneeId || null;
    if (assigneeId) {
      const officer = await tx.user.findFirst({
        where: { id: assigneeId, role: { in: ["editor", "admin"] }, disabledAt: null },
        select: { id: true },
      });
      if (!officer)
        throw new AppError("invalid", "", { fieldErrors: { assigneeId: "Choose an officer from the list" } });
    }
    await tx.feedback.update({
      where: { id: before.id },
      data: { status: input.status, assigneeId, notes: input.notes },
    });
    await recordAudit(tx, actor(user), {
      entityType: "feedback",
      type: "feedback.triaged",
      entityId: before.id,
      before: { status: before.status, assigneeId: before.assigneeId },
      after: { status: input.status, assigneeId },
      data: { notesChanged: before.notes !== input.notes },
    });
  });
}

/**
 * Replies by email to a family who gave an address, through the outbox like every email. Their
 * comment is not quoted back: if they mistyped their address, a stranger would read it.
 */
export async function replyToFeedback(user: SignedInUser, feedbackId: string, reply: string, now = new Date()) {
  const row = await feedbackFor(db(), user, feedbackId);
  if (!row.email) throw new AppError("wrong_state", "This person did not leave an email address, so you cannot reply.");
  const text = [
    `Thank you for the feedback you sent to the ${SITE.name} on ${formatDate(row.createdAt)}.`,
    "",
    reply,
    "",
    `From the Local Offer team, ${SITE.council}`,
    `Email ${SITE.email} or phone ${SITE.phone} (${SITE.phoneHours}).`,
  ].join("\n");
  await sendEmail({ to: row.email, subject: `Your feedback to the ${SITE.name}`, text });
  await db().$transaction(async (tx) => {
    const status = row.status === "new" || row.status === "in_progress" ? "responded" : row.status;
    await tx.feedback.update({ where: { id: row.id }, data: { repliedAt: now, status } });
    await recordAudit(tx, actor(user), {
      entityType: "feedback",
      type: "feedback.replied",
      entityId: row.id,
      before: { status: row.status },
      after: { status },
      data: { characters: reply.length },
    });
  });
}

/** The council's public response and the action it takes. */
export async function saveResponse(
  user: SignedInUser,
  input: { feedbackId: string; response: string; action: string },
) {
  return db().$transaction(async (tx) => {
    const row = await feedbackFor(tx, user, input.feedbackId);
    await tx.feedback.update({ where: { id: row.id }, data: { response: input.response, action: input.action } });
    await recordAudit(tx, actor(user), {
      entityType: "feedback",
      type: "feedback.responded",
      entityId: row.id,
      before: { response: row.response, action: row.action },
      after: { response: input.response, action: input.action },
    });
  });
}

/** Plain words for what is still in the text: `a name ("Jack"), a postcode ("FY4 1AB")`. */
export function describeFindings(text: string): string {
  return findPersonalDetails(text)
    .map((f) => `${REDACTION_KIND_NAMES[f.kind]} ("${f.text}")`)
    .join(", ");
}

/**
 * The officer approves the text to publish. Refused while it still holds anything redact() would
 * remove: the officer must take it out (or replace it with a label like "[name removed]") first.
 */
export async function approveRedaction(user: SignedInUser, feedbackId: string, text: string, now = new Date()) {
  const left = describeFindings(text);
  if (left) {
    const message = `The text still has personal details in it: ${left}. Remove them, then approve it again.`;
    throw new AppError("invalid", "", { fieldErrors: { redactedComment: message } });
  }
  return db().$transaction(async (tx) => {
    const row = await feedbackFor(tx, user, feedbackId);
    await tx.feedback.update({
      where: { id: row.id },
      data: { redactedComment: text, redactionApprovedById: user.id, redactionApprovedAt: now },
    });
    await recordAudit(tx, actor(user), {
      entityType: "feedback",
      type: "feedback.redaction_approved",
      entityId: row.id,
      before: null,
      after: null,
      data: { reapproved: !!row.redactionApprovedAt },
    });
  });
}

/** Why a comment cannot be published yet, in the order an officer would fix it; null when it can. */
export function whyNotPublishable(row: {
  kind: string;
  consentToPublish: boolean;
  comment: string;
  redactedComment: string | null;
  redactionApprovedAt: Date | null;
  response: string;
}): string | null {
  if (row.kind === "helpful" || !row.comment) return "Only comments with words in them can be published.";
  if (!row.consentToPublish) return "The person did not agree to their words being published, so it cannot be.";
  if (!row.redactedComment || !row.redactionApprovedAt) return "Approve the anonymised text before publishing it.";
  if (!row.response) return "Write the council's response before publishing it.";
  return null;
}

/** Publish (only with consent, an approved redaction and a response), keep off with a reason, or undo. */
export async function decidePublication(user: SignedInUser, input: PublicationInput) {
  return db().$transaction(async (tx) => {
    const row = await feedbackFor(tx, user, input.feedbackId);
    if (input.decision === "publishable") {
      const why = whyNotPublishable(row);
      if (why) throw new AppError("wrong_state", why);
    }
    const excluded = input.decision === "excluded";
    const data = {
      publication: input.decision,
      exclusion: excluded ? (input.exclusion ?? null) : null,
      exclusionNote: excluded ? input.exclusionNote || null : null,
    };
    await tx.feedback.update({ where: { id: row.id }, data });
    const type =
      input.decision === "publishable" ? "feedback.published" : excluded ? "feedback.excluded" : "feedback.unpublished";
    await recordAudit(tx, actor(user), {
      entityType: "feedback",
      type,
      entityId: row.id,
      before: { publication: row.publication, exclusion: row.exclusion },
      after: { publication: data.publication, exclusion: data.exclusion },
    });
  });
}
