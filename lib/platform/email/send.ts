// Sends an email through SMTP_URL when it is set. Without SMTP (the embedded set-up) the message
// is kept in the outbox (/admin/outbox) and printed to the console, so sign-in and reminders work
// end to end on one machine. A failed send is kept too, with the error, so nothing vanishes.
import "server-only";
import nodemailer from "nodemailer";
import { keepEmail } from "./mutations";

export type OutgoingEmail = { to: string; subject: string; text: string; html?: string };

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

export async function sendEmail(message: OutgoingEmail): Promise<{ sent: boolean }> {
  const smtp = transport();
  if (!smtp) {
    await keepEmail(message);
    console.log(`[email outbox] To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
    return { sent: false };
  }
  try {
    await smtp.sendMail({ from: emailFrom(), ...message });
    return { sent: true };
  } catch (error) {
    // Keep the message so an admin can see what did not go; never lose it silently.
    await keepEmail(message, error instanceof Error ? error.message : String(error));
    console.error(`Email to ${message.to} could not be sent:`, error);
    return { sent: false };
  }
}
