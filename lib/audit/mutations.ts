// Append-only: the audit row is written inside the caller's transaction, so a change and its
// record commit or fail together. Nothing in the app updates or deletes AuditEvent rows.
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { auditEventSchema, type Actor, type AuditEventInput } from "./schema";

// JSON columns take plain data: dates become ISO strings, undefined keys drop out.
const plain = (v: unknown) => (v == null ? undefined : JSON.parse(JSON.stringify(v)));

export async function recordAudit(tx: Tx, actor: Actor, event: AuditEventInput): Promise<void> {
  const e = auditEventSchema.parse(event);
  await tx.auditEvent.create({
    data: {
      type: e.type,
      actorId: actor.id,
      actorEmail: actor.email,
      entityType: e.entityType,
      entityId: e.entityId,
      before: plain(e.before),
      after: plain(e.after),
      data: plain(e.data) ?? {},
    },
  });
}
