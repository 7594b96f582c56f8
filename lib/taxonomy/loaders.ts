import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/loaders";
import { announcePageChange } from "@/lib/platform/page-cache/mutations";
import { ttlCache } from "@/lib/platform/ttl-cache";
import { findTaxonomiesForAdmin, findTerms } from "./data";

// Read on every public page; changed only by admins (lib/taxonomy/actions.ts forgets it).
const vocabulary = ttlCache("vocabulary", 60_000, async () => {
  const [needs, categories, ageGroups, areas] = await Promise.all([
    findTerms("needs"),
    findTerms("categories"),
    findTerms("age-groups"),
    findTerms("areas"),
  ]);
  return { needs, categories, ageGroups, areas };
});

/** The four vocabularies the public pages browse and filter by. */
export const loadVocabulary = cache(() => vocabulary.get());
/** After a vocabulary change: this server's copy at once, every other server's when it hears. */
export async function forgetVocabulary(): Promise<void> {
  vocabulary.forget();
  await announcePageChange(undefined, "vocabulary");
}

export type Vocabulary = Awaited<ReturnType<typeof loadVocabulary>>;

/** Admins: every taxonomy with its terms and how many listings use each. */
export async function loadTaxonomiesForAdmin() {
  await requireAdmin("/admin/taxonomy");
  return findTaxonomiesForAdmin();
}

/** Admins: one term and its taxonomy, or 404. */
export async function loadTermForAdmin(termId: string) {
  const taxonomy = (await loadTaxonomiesForAdmin()).find((t) => t.terms.some((x) => x.id === termId));
  const term = taxonomy?.terms.find((x) => x.id === termId);
  if (!taxonomy || !term) notFound();
  return { taxonomy, term };
}
