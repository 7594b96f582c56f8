// Sends an email through SMTP_URL when it is set. Without SMTP (the embedded set-up) the message
// is kept in the outbox (/admin/outbox) and printed to the console, so sign-in and reminders work
// end to end on one machine. A failed send is kept too, with the error, so nothing vanishes.
import "server-only";
import nodemailer from "nodemailer";
import { maskEmail } from "./mask-email";
import { keepEmail } from "./mutations";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * The text holds a live secret (a sign-in link): outside development the outbox and the console
   * show only this label (like "Sign-in link for j…@seabourne.gov.uk"); the email itself is unchanged.
   */
  secretLabel?: string;
  /**
   * The address must not be kept (a family emailing their shortlist to themselves): if the email is
   * not sent, the outbox keeps only this label and the masked address (`j…@example.com`), no text.
   */
  privateLabel?: string;
};

/**
 * Links are shown in development, and in the all-in-one demo (`npm start` on its own embedded database
 * with no mail server), where the console is the only way to sign in. Never with a real DATABASE_URL.
 */
const showSecrets = () => process.env.NODE_ENV === "development" || process.env.DEMO_SIGN_IN_LINKS === "1";

const globalForMail = globalThis as unknown as { mailTransport?: nodemailer.Transporter };

function transport(): nodemailer.Transporter | undefined {
  const url = process.env.SMTP_URL;
  if (!url) return undefined;
  globalForMail.mailTransport ??= nodemailer.createTransport(url);
  return globalForMail.mailTransport;
}

export function emailFrom(): string {
  return process.env.EMAIL_FROM || "Seabourne Local Offer <local.offer@seabourne.example>";
}

export async function sendEmail({ secretLabel, privateLabel, ...message }: OutgoingEmail): Promise<{ sent: boolean }> {
  const label = showSecrets() ? undefined : secretLabel;
  const smtp = transport();
  if (privateLabel) return sendWithoutKeeping(smtp, privateLabel, message);
  if (!smtp) {
    if (label) {
      const note = `${label}, not sent: no mail server is set up (SMTP_URL). Links are shown only in development.`;
      await keepEmail({ to: message.to, subject: message.subject, text: note });
      console.log(`[email outbox] ${note}`);
    } else {
      await keepEmail(message);
      console.log(`[email outbox] To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
    }
    return { sent: false };
  }
  try {
    await smtp.sendMail({ from: emailFrom(), ...message });
    if (label) console.log(`${label}, sent.`);
    return { sent: true };
  } catch (error) {
    // Keep the message so an admin can see what did not go; never lose it silently.
    const reason = error instanceof Error ? error.message : String(error);
    await keepEmail(
      label ? { to: message.to, subject: message.subject, text: `${label}, not sent.` } : message,
      reason,
    );
    console.error(`${label ?? `Email to ${message.to}`} could not be sent:`, error);
    return { sent: false };
  }
}

/** An email whose address is not kept: sent, or noted in the outbox with the address masked and no text. */
async function sendWithoutKeeping(
  smtp: nodemailer.Transporter | undefined,
  label: string,
  message: Omit<OutgoingEmail, "secretLabel" | "privateLabel">,
): Promise<{ sent: boolean }> {
  const masked = maskEmail(message.to);
  let reason = "no mail server is set up (SMTP_URL)";
  if (smtp) {
    try {
      await smtp.sendMail({ from: emailFrom(), ...message });
      return { sent: true };
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
  }
  const note = `${label} for ${masked}, not sent. The address and the text were not kept.`;
  await keepEmail({ to: masked, subject: message.subject, text: note }, smtp ? reason : undefined);
  console.error(`[email] ${note} Reason: ${reason}`);
  return { sent: false };
}
