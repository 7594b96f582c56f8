// Emails about organisations. The invitation carries no sign-in link: links work once for 15
// minutes (ADR 0010), so it sends the person to ask for their own with the address it went to.
import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";

export async function sendInvitation(to: string, organisationName: string) {
  await sendEmail({
    to,
    subject: `You can now keep ${organisationName}'s listings up to date on the ${SITE.name}`,
    text: [
      `A council officer has added you to ${organisationName} on the ${SITE.name}.`,
      "",
      "You can now change your organisation's listings and details. Every change is checked by the council before it goes live.",
      "",
      `To sign in, go to ${appUrl()}/admin/sign-in and enter this email address (${to}). We will email you a link that signs you in. You do not need a password.`,
      "",
      `If you did not expect this, you can ignore this email or contact ${SITE.email}.`,
    ].join("\n"),
  });
}

export async function notifyProfileApproved(to: string, organisationName: string) {
  await sendEmail({
    to,
    subject: `Your change to ${organisationName}'s details is live`,
    text: `Your change to ${organisationName}'s details has been approved and is now on the ${SITE.name}.`,
  });
}

export async function notifyProfileReturned(
  to: string,
  organisationName: string,
  organisationId: string,
  reason: string,
) {
  await sendEmail({
    to,
    subject: `Your change to ${organisationName}'s details needs more work`,
    text: [
      `A council officer has returned your change to ${organisationName}'s details on the ${SITE.name}.`,
      "",
      "What needs to change:",
      reason,
      "",
      "Open your organisation's page, make the change and send it again:",
      `${appUrl()}/admin/organisations/${organisationId}/edit`,
    ].join("\n"),
  });
}

/** An officer asks for changes to a provider's profile change: their message; the provider's version is kept. */
export async function notifyProfileChangesRequested(
  to: string[],
  organisationName: string,
  organisationId: string,
  message: string,
) {
  for (const address of to)
    await sendEmail({
      to: address,
      subject: `Please change your update to ${organisationName}'s details`,
      text: [
        `A council officer has looked at your change to ${organisationName}'s details on the ${SITE.name} and asks you to change something before it goes live.`,
        "",
        "What they asked for:",
        message,
        "",
        "Your version is kept. Open it, make the changes and send it again:",
        `${appUrl()}/admin/organisations/${organisationId}/edit`,
      ].join("\n"),
    });
}
