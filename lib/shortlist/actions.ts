"use server";
// "Email this list to yourself" (no account: publicAction). The list is the visitor's own cookie; the
// address is used once to send and is not kept anywhere: not in the outbox (sendEmail's privateLabel),
// not in a rate-limit key (the limits count the client and everyone together, never the address).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/platform/action-client";
import { AppError } from "@/lib/platform/app-error";
import { clientAddress } from "@/lib/platform/client-address";
import { sendEmail } from "@/lib/platform/email/send";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";
import { hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { keyPart, tooManyRequestsMessage } from "@/lib/platform/rate-limit/windows";
import { sharePath, siteAddress } from "./addresses";
import { shortlistEmail } from "./email-text";
import { loadOwnShortlist } from "./loaders";
import { emailShortlistSchema } from "./schema";

const HOUR = 60 * 60;
/** Enough for a family trying a second address; a script cannot use the form to send mail in bulk. */
const SHORTLIST_EMAILS_PER_CLIENT_PER_HOUR = 5;
const SHORTLIST_EMAILS_PER_HOUR = 300;

export const emailShortlistAction = publicAction(emailShortlistSchema, async (input) => {
  // Programs fill every box; a person never sees this one.
  if (input[HONEYPOT_FIELD])
    throw new AppError("invalid", "Your email was not sent. Clear any boxes you cannot see, or print your list.");
  const { services } = await loadOwnShortlist();
  if (services.length === 0)
    throw new AppError("invalid", "Your list is empty. Save some services to your list first.");
  const client = keyPart(clientAddress(await headers()));
  const decision = await hitRateLimits([
    { key: `shortlist-email:client:${client}`, limit: SHORTLIST_EMAILS_PER_CLIENT_PER_HOUR, windowSeconds: HOUR },
    { key: "shortlist-email:everyone", limit: SHORTLIST_EMAILS_PER_HOUR, windowSeconds: HOUR },
  ]);
  if (!decision.allowed) throw new AppError("forbidden", tooManyRequestsMessage(decision.retryAfterSeconds));
  const email = shortlistEmail(services, {
    share: siteAddress(sharePath(services.map((s) => s.id))),
    page: (slug) => siteAddress(`/services/${slug}`),
  });
  const { sent } = await sendEmail({ to: input.email, ...email, privateLabel: "Shortlist email" });
  if (!sent)
    throw new AppError("forbidden", "We could not send the email just now. Try again later, or print your list.");
  redirect("/shortlist/email/sent");
});
