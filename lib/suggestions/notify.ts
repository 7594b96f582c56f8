// Tells the listing's provider a family suggested a change. The family's words go in as plain text
// with any web addresses taken out: this form lets anyone put text in an email sent from the
// council's address, and a link in it must not look like one the council sent.
import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";
import { kindLabel } from "./schema";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";

export function withoutWebAddresses(text: string): string {
  return text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, "[web address removed]");
}

export async function notifySuggestion(
  to: { emails: string[]; canSignIn: boolean },
  listing: { name: string; slug: string },
  suggestion: { kind: string; message: string },
) {
  const lines = [
    `A visitor to the ${SITE.name} told us something on the page for "${listing.name}" may be wrong:`,
    "",
    kindLabel(suggestion.kind),
    ...(suggestion.message ? ["", "What they wrote:", withoutWebAddresses(suggestion.message)] : []),
    "",
    `The page: ${appUrl()}/services/${listing.slug}`,
    "",
    to.canSignIn
      ? `Sign in to see it and change your listing: ${appUrl()}/admin`
      : `If something needs to change, reply to ${SITE.email} and the Local Offer team will update the page.`,
    "",
    "We do not know who sent this and cannot pass on a reply. The Local Offer team sees it too.",
  ];
  for (const email of to.emails)
    await sendEmail({ to: email, subject: `Suggested change to ${listing.name}`, text: lines.join("\n") });
}
