// Reads for the officers' feedback inbox. Callers are already checked as staff (loaders.ts);
// Feedback has no relations, so the linked listing and the assignee are looked up by id.
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InboxFilters } from "./schema";

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);
export const INBOX_PAGE_SIZE = 50;

const INBOX_ROW = {
  id: true,
  kind: true,
  theme: true,
  helpful: true,
  comment: true,
  lookedFor: true,
  pagePath: true,
  serviceId: true,
  status: true,
  assigneeId: true,
  publication: true,
  createdAt: true,
} as const;

function inboxWhere(filters: InboxFilters): Prisma.FeedbackWhereInput {
  const where: Prisma.FeedbackWhereInput = {};
  if (filters.status === "open") where.status = { in: ["new", "in_progress"] };
  else if (filters.status !== "all") where.status = filters.status as Prisma.FeedbackWhereInput["status"];
  if (filters.theme) where.theme = filters.theme;
  if (filters.kind) where.kind = filters.kind;
  return where;
}

/** The inbox: new before in progress, then oldest first, so nothing waits for ever. */
export async function findFeedbackInbox(filters: InboxFilters, page = 1) {
  const where = inboxWhere(filters);
  const [rows, total] = await Promise.all([
    db().feedback.findMany({
      where,
      orderBy: [{ status: "asc" }, { createdAt: "asc" }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: INBOX_ROW,
    }),
    db().feedback.count({ where }),
  ]);
  return { rows: await withLinks(rows), total };
}

/** Adds each row's listing (name and address) and assignee (email), in two queries for the page. */
async function withLinks<T extends { serviceId: string | null; assigneeId: string | null }>(rows: T[]) {
  const serviceIds = [...new Set(rows.flatMap((r) => (r.serviceId ? [r.serviceId] : [])))];
  const userIds = [...new Set(rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])))];
  const [services, users] = await Promise.all([
    db().service.findMany({ where: { id: { in: serviceIds } }, select: { id: true, name: true, slug: true } }),
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, name: true } }),
  ]);
  return rows.map((r) => ({
    ...r,
    service: services.find((s) => s.id === r.serviceId) ?? null,
    assignee: users.find((u) => u.id === r.assigneeId) ?? null,
  }));
}

/** One piece of feedback, all of it, with its listing, assignee and who approved the redaction. */
export async function findFeedback(id: string) {
  if (!isUuid(id)) return null;
  const row = await db().feedback.findUnique({ where: { id } });
  if (!row) return null;
  const [linked] = await withLinks([row]);
  const approver = row.redactionApprovedById
    ? await db().user.findUnique({ where: { id: row.redactionApprovedById }, select: { email: true } })
    : null;
  return { ...linked, approvedBy: approver?.email ?? null };
}

/** Officers who can be given feedback to handle: editors and admins who may still sign in. */
export function findOfficers() {
  return db().user.findMany({
    where: { role: { in: ["editor", "admin"] }, disabledAt: null },
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true },
  });
}
