import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilters } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

/** Staff only (the loader checks). */
export async function findAuditEvents(f: AuditFilters) {
  const where: Prisma.AuditEventWhereInput = {
    ...(f.type ? { type: f.type } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.actor ? { actorEmail: { contains: f.actor, mode: "insensitive" } } : {}),
  };
  const [total, items] = await db().$transaction([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, items };
}
