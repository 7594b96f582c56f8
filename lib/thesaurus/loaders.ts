import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/loaders";
import { findThesaurusForAdmin } from "./data";

/** Admins: every thesaurus entry. */
export async function loadThesaurusForAdmin() {
  await requireAdmin("/admin/thesaurus");
  return findThesaurusForAdmin();
}

/** Admins: one entry to change, `null` for "new" (adding one), or 404. */
export async function loadThesaurusEntry(entryId: string) {
  await requireAdmin("/admin/thesaurus");
  if (entryId === "new") return null;
  return (await findThesaurusForAdmin()).find((e) => e.id === entryId) ?? notFound();
}
