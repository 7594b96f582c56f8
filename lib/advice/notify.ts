// The email an officer gets when another officer approves their change to an advice page.
import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { SITE } from "@/lib/platform/site";

const appUrl = () => process.env.APP_URL || process.env.AUTH_URL || "http://localhost:3000";

export async function notifyAdviceApproved(to: string[], title: string, slug: string) {
  for (const address of to)
    await sendEmail({
      to: address,
      subject: `Your change to ${title} is live`,
      text: [
        `Your change to the advice page "${title}" has been approved and is now on the ${SITE.name}:`,
        "",
        `${appUrl()}/advice/${slug}`,
      ].join("\n"),
    });
}
