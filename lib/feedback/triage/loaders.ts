// Loaders for the officers' feedback pages: staff only (a provider gets "page not found", like a
// page that is not there), then the reads in data.ts.
import "server-only";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/loaders";
import { redact } from "../redact";
import { findFeedback, findFeedbackInbox, findOfficers, INBOX_PAGE_SIZE } from "./data";
import { whyNotPublishable } from "./mutations";
import { inboxFiltersSchema } from "./schema";

export async function loadFeedbackInbox(query: Record<string, string | string[] | undefined>) {
  await requireStaff("/admin/feedback");
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const filters = inboxFiltersSchema.parse({
    status: one(query.status),
    theme: one(query.theme),
    kind: one(query.kind),
  });
  const page = Math.min(Math.max(Number.parseInt(one(query.page) ?? "1", 10) || 1, 1), 1000);
  const { rows, total } = await findFeedbackInbox(filters, page);
  return { filters, page, pages: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), rows, total };
}

/** One piece of feedback, with the suggested redaction when no officer has approved one yet. */
export async function loadFeedbackToTriage(feedbackId: string) {
  const user = await requireStaff(`/admin/feedback/${feedbackId}`);
  const feedback = await findFeedback(feedbackId);
  if (!feedback) notFound();
  const suggested = redact(feedback.comment);
  return {
    user,
    feedback,
    officers: await findOfficers(),
    redaction: { text: feedback.redactedComment ?? suggested.text, found: suggested.found },
    notPublishable: whyNotPublishable(feedback),
  };
}
