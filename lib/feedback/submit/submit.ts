// A family's feedback from the public forms, start to end: the honeypot, the rate limit, checking the
// page and vocabulary codes, keeping the row. The actions (actions.ts) and the widget's route handler
// (app/(public)/feedback/helpful/route.ts) turn the outcome into the next page; tests call these with
// the client address the server would have seen.
import "server-only";
import { AppError } from "@/lib/platform/app-error";
import { publicPagePath, serviceSlugOf } from "../page-path";
import { type FeedbackCommentInput, type FollowUpInput, type HelpfulInput, type MissingSupportInput } from "../schema";
import { HONEYPOT_FIELD } from "../../platform/honeypot";
import { findPublishedServiceId, findTermCodes } from "./data";
import { addFollowUpWords, limitFeedback, storeFeedback, type FeedbackLimit } from "./mutations";
import { signFeedbackRef, verifyFeedbackRef } from "./signed-ref";

export type FeedbackOutcome =
  | { outcome: "sent"; feedbackId: string; ref: string }
  | { outcome: "honeypot" }
  | { outcome: "limited"; retryAfterSeconds: number };

/** The page's path and its listing, when it is a real public page (a service page: a published listing). */
async function resolvePage(
  raw: string | null | undefined,
): Promise<{ pagePath: string; serviceId: string | null } | null> {
  const pagePath = publicPagePath(raw);
  if (!pagePath) return null;
  const slug = serviceSlugOf(pagePath);
  if (!slug) return { pagePath, serviceId: null };
  const serviceId = await findPublishedServiceId(slug);
  return serviceId ? { pagePath, serviceId } : null;
}

/** The honeypot first (nothing is counted or kept for a program), then the rate limit. */
async function admit(
  input: { [HONEYPOT_FIELD]?: string },
  kind: FeedbackLimit,
  client: string,
  now: Date,
): Promise<FeedbackOutcome | null> {
  if (input[HONEYPOT_FIELD]?.trim()) return { outcome: "honeypot" };
  const decision = await limitFeedback(kind, client, now);
  return decision.allowed ? null : { outcome: "limited", retryAfterSeconds: decision.retryAfterSeconds };
}

const sent = (id: string, now: Date): FeedbackOutcome => ({
  outcome: "sent",
  feedbackId: id,
  ref: signFeedbackRef(id, now),
});

/** "Was this page helpful?": refused (AppError) for an address that is not a real public page. */
export async function submitHelpful(input: HelpfulInput, client: string, now = new Date()): Promise<FeedbackOutcome> {
  const page = await resolvePage(input.page);
  if (!page) throw new AppError("invalid", "We could not tell which page you meant.");
  const refused = await admit(input, "helpful", client, now);
  if (refused) return refused;
  const row = await storeFeedback({ kind: "helpful", helpful: input.answer === "yes", ...page });
  return sent(row.id, now);
}

/** "What were you looking for?" after a click: onto that click's row, once, while its link is fresh. */
export async function submitFollowUp(input: FollowUpInput, client: string, now = new Date()): Promise<FeedbackOutcome> {
  const id = verifyFeedbackRef(input.ref, now);
  if (!id) throw new AppError("invalid", "This form has expired. Go back to the page and try again.");
  const refused = await admit(input, "written", client, now);
  if (refused) return refused;
  if (!(await addFollowUpWords(id, input.words)))
    throw new AppError("wrong_state", "We already have your answer for this page. Thank you.");
  return sent(id, now);
}

/** The /feedback form. A `page` that is not a real public page is dropped, not held against the comment. */
export async function submitFeedbackComment(
  input: FeedbackCommentInput,
  client: string,
  now = new Date(),
): Promise<FeedbackOutcome> {
  const refused = await admit(input, "written", client, now);
  if (refused) return refused;
  const page = await resolvePage(input.page);
  const row = await storeFeedback({
    kind: "comment",
    theme: input.theme,
    comment: input.comment,
    email: input.email,
    consentToPublish: input.consent,
    pagePath: page?.pagePath ?? null,
    serviceId: page?.serviceId ?? null,
  });
  return sent(row.id, now);
}

/** "Tell us about support that is missing": need and area must be the directory's own codes. */
export async function submitMissingSupport(
  input: MissingSupportInput,
  client: string,
  now = new Date(),
): Promise<FeedbackOutcome> {
  const [needs, areas] = await Promise.all([findTermCodes("needs"), findTermCodes("areas")]);
  const fieldErrors: Record<string, string> = {};
  if (input.need && !needs.has(input.need)) fieldErrors.need = "Choose a need from the list";
  if (input.area && !areas.has(input.area)) fieldErrors.area = "Choose an area from the list";
  if (Object.keys(fieldErrors).length) throw new AppError("invalid", undefined, { fieldErrors });
  const refused = await admit(input, "written", client, now);
  if (refused) return refused;
  const row = await storeFeedback({
    kind: "missing",
    theme: "missing_support",
    need: input.need,
    ageGroup: input.ageGroup,
    area: input.area,
    lookedFor: input.lookedFor,
    comment: input.comment,
    email: input.email,
    consentToPublish: input.consent,
  });
  return sent(row.id, now);
}
