// Emails to an event's author when an officer decides it.
import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";

export async function notifyEventApproved(to: string, title: string, eventId: string) {
  await sendEmail({
    to,
    subject: `Your event "${title}" is on the ${SITE.name}`,
    text: `A council officer approved your event "${title}". It is now on the ${SITE.name}:\n${appUrl()}/events/${eventId}`,
  });
}

export async function notifyEventRejected(to: string, title: string, eventId: string, reason: string) {
  await sendEmail({
    to,
    subject: `Your event "${title}" needs more work`,
    text: [
      `A council officer sent back your event "${title}" on the ${SITE.name}.`,
      "",
      "What needs to change:",
      reason,
      "",
      "Open the event, make the change and send it again:",
      `${appUrl()}/admin/events/${eventId}`,
    ].join("\n"),
  });
}
