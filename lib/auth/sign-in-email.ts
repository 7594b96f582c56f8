import "server-only";
import { sendEmail } from "@/lib/platform/email/send";
import { findActiveUserByEmail } from "@/lib/users/data";
import { SITE } from "@/lib/platform/site";

const SITE_NAME = SITE.name;

export async function sendSignInLink(email: string, url: string): Promise<void> {
  // Nobody learns from the page whether an address has an account: we just do not send.
  if (!(await findActiveUserByEmail(email))) {
    console.log(`Sign-in link asked for ${email}, which has no active account: nothing sent.`);
    return;
  }
  await sendEmail({
    to: email,
    subject: `Your link to sign in to the ${SITE_NAME}`,
    text: [
      `Use this link to sign in to the ${SITE_NAME} staff area:`,
      "",
      url,
      "",
      "The link works once and stops working after 15 minutes.",
      "If you did not ask to sign in, you can ignore this email.",
    ].join("\n"),
  });
}
