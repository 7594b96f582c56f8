import "server-only";
import { db } from "@/lib/platform/db";

/** Keeps an email in the outbox (/admin/outbox): unsent because no SMTP is set, or failed with `error`. */
export async function keepEmail(
  message: { to: string; subject: string; text: string; html?: string },
  error?: string,
): Promise<void> {
  await db().emailMessage.create({ data: { ...message, html: message.html ?? null, error: error ?? null } });
}

/**
 * Empties the bodies of emails kept since before `before`: the row stays, so an admin can still
 * see who was sent what subject and when, but the text (links, names, whatever was written) goes.
 */
export async function clearEmailBodiesBefore(before: Date): Promise<number> {
  const { count } = await db().emailMessage.updateMany({
    where: { createdAt: { lt: before }, OR: [{ text: { not: "" } }, { html: { not: null } }] },
    data: { text: "", html: null },
  });
  return count;
}
