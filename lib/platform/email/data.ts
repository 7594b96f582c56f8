import "server-only";
import { db } from "@/lib/platform/db";

/** Admins only: the caller must have checked the role (see app/admin/outbox). */
export function findOutboxMessages(take = 50) {
  return db().emailMessage.findMany({ orderBy: { createdAt: "desc" }, take });
}
