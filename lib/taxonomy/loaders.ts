import "server-only";
import { cache } from "react";
import { ttlCache } from "@/lib/platform/ttl-cache";
import { findTerms } from "./data";

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
export const forgetVocabulary = () => vocabulary.forget();

export type Vocabulary = Awaited<ReturnType<typeof loadVocabulary>>;
