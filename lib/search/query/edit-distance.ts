// How many single-letter edits turn one word into another: a dropped, added or wrong letter, or two
// neighbours swapped, each counts one (optimal string alignment). The PostgreSQL engine uses it to
// correct a misspelt word as Meilisearch does: one edit in a word of 4 to 7 letters, two from 8.
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rows are enough: this one, the one before, and the one before that (for a swap).
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current.push(best);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

/** The edits a word may be away from the word meant: as Meilisearch's typo tolerance (4+ letters: 1, 8+: 2). */
export const typoBudget = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * The closest of `candidates` within the word's typo budget: fewest edits, then the order given (the
 * caller lists the most alike first); undefined when none is that close.
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= typoBudget(word) && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}
