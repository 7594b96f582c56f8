// The booklet lists each service once, under its first type of support in the vocabulary's order, so
// the contents page and the page count stay honest; a listing with no type goes under "Other support".
// Pure (unit-tested in group.test.ts).
import type { BookletChoice } from "./choice";

type Term = { code: string; position: number; taxonomy: { code: string } };
type Listing = { terms: { term: Term }[] };
type Named = { code: string; name: string };

export type BookletSection<L> = { code: string; name: string; listings: L[] };

export function groupByCategory<L extends Listing>(listings: L[], categories: Named[]): BookletSection<L>[] {
  const order = new Map(categories.map((c, i) => [c.code, i]));
  const sections: BookletSection<L>[] = categories.map((c) => ({ code: c.code, name: c.name, listings: [] }));
  const other: BookletSection<L> = { code: "other", name: "Other support", listings: [] };
  for (const listing of listings) {
    const firstCategory = listing.terms
      .map((t) => t.term)
      .filter((t) => t.taxonomy.code === "categories" && order.has(t.code))
      .sort((a, b) => order.get(a.code)! - order.get(b.code)!)[0];
    (firstCategory ? sections[order.get(firstCategory.code)!] : other).listings.push(listing);
  }
  return [...sections, other].filter((s) => s.listings.length > 0);
}

type Vocabulary = { needs: Named[]; categories: Named[]; ageGroups: Named[]; areas: Named[] };

/** The booklet's title in words: "Support for autism, primary school (5 to 11), in North Seabourne". */
export function bookletTitle(choice: BookletChoice, vocabulary: Vocabulary): string {
  const name = (list: Named[], code?: string) => list.find((t) => t.code === code)?.name;
  const parts: string[] = [];
  const category = name(vocabulary.categories, choice.category);
  parts.push(category ? `${category}` : "Support");
  const need = name(vocabulary.needs, choice.need);
  if (need) parts.push(`for ${lowerFirstWord(need)}`);
  const age = name(vocabulary.ageGroups, choice.age);
  if (age) parts.push(`${parts.length > 1 ? "and" : "for"} ${lowerFirstWord(age)}`);
  const area = name(vocabulary.areas, choice.area);
  if (area) parts.push(choice.area === "out_of_area" ? "outside Seabourne" : `in ${area}`);
  if (parts.length === 1 && !category) return "Support for children and young people with SEND in Seabourne";
  return parts.join(" ");
}

// "Primary school (5 to 11)" → "primary school (5 to 11)", but "ADHD" and "Autism" keep their shape
// when they are an acronym; a plain word loses its capital only mid-sentence.
function lowerFirstWord(text: string): string {
  const [word, ...rest] = text.split(" ");
  return /^[A-Z]{2,}$/.test(word) ? text : [word.toLowerCase(), ...rest].join(" ");
}
