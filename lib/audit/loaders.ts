import "server-only";
import { requireStaff } from "@/lib/auth/loaders";
import { AUDIT_PAGE_SIZE, findAuditEvents } from "./data";
import { auditFiltersSchema } from "./schema";

/** Officers: a page of the audit log, filtered by the page's query string. */
export async function loadAuditLog(searchParams: Record<string, string | undefined>) {
  await requireStaff("/admin/audit");
  const filters = auditFiltersSchema.parse(searchParams);
  return { filters, pageSize: AUDIT_PAGE_SIZE, ...(await findAuditEvents(filters)) };
}
