// A light English stemmer for the Meilisearch engine, which matches only the forms it is given:
// "volunteering", "volunteers" and "volunteer" all become "volunteer", "bereaved" and "bereavement"
// "bereav", "dancing" and "dance" "danc". PostgreSQL stems with its own (Snowball) dictionary; this one
// only has to agree with itself, since the document's stems and the query's are made by it. It strips
// plural, possessive, -ing, -ed, -ment and -ness endings and a final e; never -less or -er, which change
// the meaning ("homeless" is not "home", "carer" not "care").
const VOWEL = /[aeiouy]/;
const UNDOUBLE = /([bdfgmnprt])\1$/;

function strip(word: string, ending: string, keep: number): string | undefined {
  if (!word.endsWith(ending)) return undefined;
  const rest = word.slice(0, -ending.length);
  return rest.length >= keep && VOWEL.test(rest) ? rest : undefined;
}

export function stemWord(input: string): string {
  let w = input.toLowerCase().replace(/['\u2019]s?$/, "");
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  // Plurals: "libraries" → "library", "classes" → "class", "walks" → "walk"; not "bus", "this" or "glass".
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:sses|shes|ches|xes)$/.test(w)) w = w.slice(0, -2);
  else if (/[^su]s$/.test(w) && !w.endsWith("is")) w = w.slice(0, -1);
  const ness = strip(w, "ness", 3);
  if (ness) w = ness.endsWith("i") ? `${ness.slice(0, -1)}y` : ness;
  const ment = strip(w, "ment", 4);
  if (ment) w = ment;
  // "wellbeing" and "something" end in a word, not in -ing.
  const ending = /(?:being|thing)$/.test(w) ? undefined : (strip(w, "ing", 3) ?? strip(w, "ed", 3));
  if (ending) w = UNDOUBLE.test(ending) ? ending.slice(0, -1) : ending;
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The text's words as stems, in order (so Meilisearch can still tell which stand together). */
export function stemText(text: string): string {
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9']*/g) ?? []).map(stemWord).join(" ");
}
