// Finds jargon in page text so its first use on the page can link to the jargon buster
// (/glossary#<id>). Pure: it returns pieces of text, some marked as links; the listing page renders
// them as React elements and the Markdown renderer as link tokens, so no HTML is ever built from text.
//
// Rules (unit-tested in link-terms.test.ts):
// - whole words only: "ot" in "not" never matches; a plural "s" is part of the link ("EHCPs");
// - abbreviations ("ASD", "EHCP", "SENCO", "OT", "ADD") only when written with at least two capitals
//   and starting with one, so the verb "add" or "salt" in a recipe never links; other names match in
//   any case;
// - overlapping names: the one starting first wins, then the longest ("profound and multiple learning
//   disabilities" over "learning disabilities"), even when the winner is not linked again;
// - each entry links once per page: the first use, across every piece of text given to one linker.
import type { GlossaryEntry } from "./entries";

export type TextPiece = { text: string; glossaryId?: string };

type Name = { entryId: string; pattern: RegExp; abbreviation: boolean };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;

/**
 * The id of the hidden "Explained in the jargon buster" note each jargon link is described by
 * (aria-describedby): screen readers say it after the word, while the link's name stays the word itself.
 */
export const GLOSSARY_HINT_ID = "jargon-link-hint";

/** The address of an entry on the jargon buster. */
export const glossaryHref = (id: string) => `/glossary#${id}`;

function toName(entryId: string, name: string): Name | null {
  const trimmed = name.trim();
  if (trimmed.length < 2) return null;
  const abbreviation = /^\p{L}+$/u.test(trimmed) && capitals(trimmed) >= 2;
  const body = escapeRegExp(trimmed).replace(/['’]/g, "['’]").replace(/,?\s+/g, ",?\\s+");
  // Group 1 is the name, group 2 a plural "s" (checked below: lower case after an abbreviation).
  const plural = !abbreviation && /s$/i.test(trimmed) ? "()" : "(s)?";
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${body})${plural}(?![\\p{L}\\p{N}])`, "giu");
  return { entryId, pattern, abbreviation };
}

/** Written like an abbreviation: starts with a capital and has at least two ("ASD", "SENCo", "PfA"). */
const writtenAsAbbreviation = (word: string) => /^\p{Lu}/u.test(word) && capitals(word) >= 2;

export type TermMatcher = { names: Name[] };

/** Compiles the names to look for once (the term unless it is everyday, and its other names). */
export function buildTermMatcher(entries: readonly GlossaryEntry[]): TermMatcher {
  const names: Name[] = [];
  for (const entry of entries)
    for (const name of [...(entry.linkTerm ? [entry.heading] : []), ...entry.otherNames]) {
      const compiled = toName(entry.id, name);
      if (compiled) names.push(compiled);
    }
  return { names };
}

type Match = { start: number; end: number; entryId: string };

function findMatches(text: string, matcher: TermMatcher): Match[] {
  const matches: Match[] = [];
  for (const name of matcher.names) {
    name.pattern.lastIndex = 0;
    for (const m of text.matchAll(name.pattern)) {
      // "ADDS" is not "ADD" + "s", and "add" or "Salt" are words, not abbreviations.
      if (name.abbreviation && (!writtenAsAbbreviation(m[1]) || (m[2] !== undefined && m[2] !== "s"))) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, entryId: name.entryId });
    }
  }
  // Leftmost first, then longest: a longer name claims its words even if it is not linked again.
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  for (const m of matches) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}

/**
 * A linker for one page: call it on each piece of text in reading order; each entry is linked only
 * the first time it appears on the page. Returns the text split into plain and linked pieces.
 */
export function createPageLinker(matcher: TermMatcher): (text: string) => TextPiece[] {
  const linked = new Set<string>();
  return (text: string) => {
    const pieces: TextPiece[] = [];
    let at = 0;
    for (const m of findMatches(text, matcher)) {
      if (linked.has(m.entryId)) continue;
      linked.add(m.entryId);
      if (m.start > at) pieces.push({ text: text.slice(at, m.start) });
      pieces.push({ text: text.slice(m.start, m.end), glossaryId: m.entryId });
      at = m.end;
    }
    if (at < text.length || !pieces.length) pieces.push({ text: text.slice(at) });
    return pieces;
  };
}
