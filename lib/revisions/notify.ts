// The emails a provider gets each time an officer decides their change: approved, changes asked
// for, returned, or merged into an existing listing. Plain text, with a link to act on.
import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";
const editLink = (serviceId: string | null) =>
  serviceId ? `${appUrl()}/admin/listings/${serviceId}/edit` : `${appUrl()}/admin`;

async function sendAll(to: string[], subject: string, lines: string[]) {
  for (const address of to) await sendEmail({ to: address, subject, text: lines.join("\n") });
}

export function notifyChangesRequested(to: string[], serviceName: string, serviceId: string | null, message: string) {
  return sendAll(to, `Please change your listing: ${serviceName}`, [
    `A council officer has looked at your change to "${serviceName}" on the ${SITE.name} and asks you to change something before it can go live.`,
    "",
    "What they asked for:",
    message,
    "",
    "Your version is kept. Open it, make the changes and send it again:",
    editLink(serviceId),
  ]);
}

export function notifyApproved(to: string[], serviceName: string, slug: string) {
  return sendAll(to, `Your change to ${serviceName} is live`, [
    `Your change to "${serviceName}" has been approved and is now on the ${SITE.name}:`,
    "",
    `${appUrl()}/services/${slug}`,
  ]);
}

export function notifyRejected(to: string[], serviceName: string, serviceId: string | null, reason: string) {
  return sendAll(to, `Your change to ${serviceName} needs more work`, [
    `A council officer has returned your change to "${serviceName}" on the ${SITE.name}.`,
    "",
    "What needs to change:",
    reason,
    "",
    "Your version is kept. Open it, make the change and send it again:",
    editLink(serviceId),
  ]);
}

export function notifyMerged(to: string[], serviceName: string, existingName: string, existingId: string) {
  return sendAll(to, `Your listing ${serviceName} was joined with ${existingName}`, [
    `"${serviceName}" looks like "${existingName}", which is already on the ${SITE.name}.`,
    `A council officer has joined them: your details are now a change to "${existingName}", which an officer checks before it goes live.`,
    "",
    "You can see the listing here:",
    `${appUrl()}/admin/listings/${existingId}`,
  ]);
}
