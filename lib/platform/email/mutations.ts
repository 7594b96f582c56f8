import "server-only";
import { db } from "@/lib/platform/db";

/** Keeps an email in the outbox (/admin/outbox): unsent because no SMTP is set, or failed with `error`. */
export async function keepEmail(
  message: { to: string; subject: string; text: string; html?: string },
  error?: string,
): Promise<void> {
  await db().emailMessage.create({ data: { ...message, html: message.html ?? null, error: error ?? null } });
}
