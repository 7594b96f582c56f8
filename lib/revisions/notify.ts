import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";

export async function notifyRejected(to: string, serviceName: string, serviceId: string | null, reason: string) {
  await sendEmail({
    to,
    subject: `Your change to ${serviceName} needs more work`,
    text: [
      `A council officer has returned your change to "${serviceName}" on the ${SITE.name}.`,
      "",
      "What needs to change:",
      reason,
      "",
      "Your version is kept. Open it, make the change and send it again:",
      serviceId ? `${appUrl()}/admin/listings/${serviceId}/edit` : `${appUrl()}/admin`,
    ].join("\n"),
  });
}

export async function notifyApproved(to: string, serviceName: string, slug: string) {
  await sendEmail({
    to,
    subject: `Your change to ${serviceName} is live`,
    text: [
      `Your change to "${serviceName}" has been approved and is now on the ${SITE.name}:`,
      "",
      `${appUrl()}/services/${slug}`,
    ].join("\n"),
  });
}
