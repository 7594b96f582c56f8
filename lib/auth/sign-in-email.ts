import "server-only";
import { maskEmail } from "@/lib/platform/email/mask-email";
import { sendEmail } from "@/lib/platform/email/send";
import { findActiveUserByEmail } from "@/lib/users/data";
import { SITE } from "@/lib/platform/site";

const SITE_NAME = SITE.name;
/** The page the emailed link opens: a "Sign in" button that posts the token (ADR 0010). */
export const CONFIRM_SIGN_IN_PATH = "/admin/sign-in/confirm";

/**
 * Auth.js's link (`/api/auth/callback/email?callbackUrl&token&email`) made into a link to our page
 * with the same parameters. Following it (a GET, as mail scanners do) signs nobody in and leaves
 * the token unused; only the page's button, a POST, does.
 */
export function confirmPageLink(authJsLink: string): string {
  const url = new URL(authJsLink);
  url.pathname = CONFIRM_SIGN_IN_PATH;
  return url.toString();
}

export async function sendSignInLink(email: string, authJsLink: string): Promise<void> {
  // Nobody learns from the page whether an address has an account: we just do not send.
  if (!(await findActiveUserByEmail(email))) {
    console.log(`Sign-in link asked for ${maskEmail(email)}, which has no active account: nothing sent.`);
    return;
  }
  await sendEmail({
    to: email,
    subject: `Your link to sign in to the ${SITE_NAME}`,
    text: [
      `Use this link to sign in to the ${SITE_NAME} staff area:`,
      "",
      confirmPageLink(authJsLink),
      "",
      "The link works once and stops working after 15 minutes.",
      "If you did not ask to sign in, you can ignore this email.",
    ].join("\n"),
    secretLabel: `Sign-in link for ${maskEmail(email)}`,
  });
}
