import "server-only";
import { db } from "@/lib/platform/db";
import type { ThesaurusEntry } from "./seed";

export async function findThesaurusEntries(): Promise<ThesaurusEntry[]> {
  return db().thesaurusEntry.findMany({
    select: { term: true, synonyms: true, explanation: true },
    orderBy: { term: "asc" },
  });
}

/** Admins only (the page checks). */
export function findThesaurusForAdmin() {
  return db().thesaurusEntry.findMany({ orderBy: { term: "asc" } });
}
