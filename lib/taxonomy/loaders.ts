import "server-only";
import { cache } from "react";
import { findTerms } from "./data";

/** The four vocabularies the public pages browse and filter by, read once per request. */
export const loadVocabulary = cache(async () => {
  const [needs, categories, ageGroups, areas] = await Promise.all([
    findTerms("needs"),
    findTerms("categories"),
    findTerms("age-groups"),
    findTerms("areas"),
  ]);
  return { needs, categories, ageGroups, areas };
});

export type Vocabulary = Awaited<ReturnType<typeof loadVocabulary>>;
