import "server-only";
import { requireAdmin } from "@/lib/auth/loaders";
import { findOutboxMessages } from "./data";

/** Admins: emails kept instead of sent (no mail server, or sending failed). They hold sign-in links. */
export async function loadOutbox() {
  await requireAdmin("/admin/outbox");
  return findOutboxMessages();
}
