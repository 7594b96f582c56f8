// The booklet page's data: the vocabulary for the form, and, once a choice is made, the listings grouped
// by type and the advice pages. Public: it reads only published listings and pages.
import "server-only";
import { cache } from "react";
import { publicOrigin } from "@/lib/platform/page-metadata";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { parseBookletChoice } from "./choice";
import { findBookletAdvice, findBookletListings } from "./data";
import { bookletTitle, groupByCategory } from "./group";

type Params = Record<string, string | string[] | undefined>;

export const loadBookletPage = cache(async (params: Params) => {
  const vocabulary = await loadVocabulary();
  const parsed = parseBookletChoice(params, {
    needs: new Set(vocabulary.needs.map((t) => t.code)),
    categories: new Set(vocabulary.categories.map((t) => t.code)),
  });
  if (parsed.kind !== "booklet") return { vocabulary, parsed, booklet: null };
  const [listings, advice] = await Promise.all([findBookletListings(parsed.choice), findBookletAdvice()]);
  return {
    vocabulary,
    parsed,
    booklet: {
      choice: parsed.choice,
      title: bookletTitle(parsed.choice, vocabulary),
      count: listings.length,
      sections: groupByCategory(listings, vocabulary.categories),
      advice,
    },
  };
});

export type BookletData = NonNullable<Awaited<ReturnType<typeof loadBookletPage>>["booklet"]>;

/** The site's public address, for the web addresses printed in the booklet (APP_URL, never the request's Host). */
export const loadSiteAddress = (): string => publicOrigin().origin;
