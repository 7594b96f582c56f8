// Finds personal details in what a family wrote, so that nothing published on "You said, we did"
// can identify anyone (SEND Regulations 2014, reg 56). Pure: no database, no network. It errs on
// the side of removing: a lost word costs little, a child's name on a public page costs a lot.
// An officer still reads every redacted comment and may remove more before approving it.
import { AMBIGUOUS_NAMES, isFirstName } from "./first-names";
import { NOT_NAMES, NOT_SCHOOL_NAME, NOT_STREET, POSTCODE_AREAS } from "./redact-words";

export type RedactionKind =
  "name" | "email" | "username" | "phone" | "number" | "postcode" | "address" | "date_of_birth" | "date" | "school";

/** One detail found: its kind and where it is in the text (`start` inclusive, `end` exclusive). */
export type Redaction = { kind: RedactionKind; start: number; end: number; text: string };

export const REDACTION_LABELS: Record<RedactionKind, string> = {
  name: "[name removed]",
  email: "[email removed]",
  username: "[username removed]",
  phone: "[phone number removed]",
  number: "[number removed]",
  postcode: "[postcode removed]",
  address: "[address removed]",
  date_of_birth: "[date of birth removed]",
  date: "[date removed]",
  school: "[school name removed]",
};

/** Plain words for an officer: "Found: a name, a phone number". */
export const REDACTION_KIND_NAMES: Record<RedactionKind, string> = {
  name: "a name",
  email: "an email address",
  username: "a social media name",
  phone: "a phone number",
  number: "a long number (like an NHS number)",
  postcode: "a postcode",
  address: "an address",
  date_of_birth: "a date of birth",
  date: "a date",
  school: "a school's name",
};

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ORD = "(?:st|nd|rd|th)?";
const NUMERIC_DATE = String.raw`\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}`;
const WORDY_DATE = String.raw`\d{1,2}${ORD}\s+(?:of\s+)?${MONTH}\.?,?\s+\d{2,4}|${MONTH}\.?\s+\d{1,2}${ORD},?\s+\d{4}`;
const PARTIAL_DATE = [
  String.raw`\d{1,2}${ORD}\s+(?:of\s+)?${MONTH}`,
  String.raw`${MONTH}\s+\d{1,2}${ORD}`,
  String.raw`${MONTH}\s+\d{4}`,
  String.raw`\d{1,2}[/.-]\d{1,2}`,
  String.raw`\d{4}`,
  MONTH,
].join("|");
const alternatives = (words: string) => `(?:${words.trim().split(/\s+/).join("|")})`;
const STREET = alternatives(`road rd street st avenue ave lane ln close cl drive dr way crescent cres place pl gardens
  gdns court ct terrace grove mews row walk rise parade square sq hill green view gate park boulevard crossing`);
const RELATION = alternatives(`sons? daughters? child children kids? boys? girls? baby toddler teen teenager grandson
  granddaughter grandchild step-?son step-?daughter nephew niece brother sister twins? husband wife partner mum
  mother dad father carer friend`);
const CHILD_CONTEXT = new RegExp(
  String.raw`\b${alternatives(String.raw`sons? daughters? child kids? boys? girls? years?[\s-]old yr yrs aged?
    autis\w* adhd send sen ehcp? diagnos\w* school nursery he she him his her they`)}\b`,
  "i",
);

const isNameWord = (word: string) => {
  const w = word.replace(/'s$/i, "");
  if (isFirstName(w)) return true;
  return /^[A-Z][a-z]/.test(w) && !NOT_NAMES.has(w.toLowerCase());
};

type Span = [number, number];
type Rule = {
  kind: RedactionKind;
  pattern: RegExp;
  /** Which part of the match to remove (default: all of it), or null to skip this match. */
  pick?: (m: RegExpExecArray, text: string) => Span | null;
};

const group = (n: number) => (m: RegExpExecArray) => (m.indices?.[n] ? (m.indices[n] as Span) : null);
const digitsIn = (s: string) => s.replace(/\D/g, "").length;

const RULES: Rule[] = [
  { kind: "email", pattern: /[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+/g },
  {
    kind: "email",
    pattern: /[\w.+-]+\s*[([]\s*at\s*[)\]]\s*[\w-]+(?:\s*(?:\.|[([]\s*dot\s*[)\]]|\s+dot\s+)\s*[\w-]+)+/gi,
  },
  { kind: "username", pattern: /(?<![\w.@])@[A-Za-z0-9_]{2,30}\b/g },
  {
    kind: "phone",
    pattern: /(?<![\w+])(?:\+\s?|\(?0)[\d ()\u00a0-]{7,}\d(?!\d)/g,
    pick: (m) => (digitsIn(m[0]) >= 9 ? [m.index, m.index + m[0].length] : null),
  },
  // Any other long number (an NHS number, a pupil number) identifies someone just as well.
  {
    kind: "number",
    pattern: /(?<![\w+])\d[\d ()\u00a0-]{7,}\d(?!\d)/g,
    pick: (m) => (digitsIn(m[0]) >= 9 ? [m.index, m.index + m[0].length] : null),
  },
  { kind: "postcode", pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi },
  {
    kind: "postcode",
    pattern: /\b([A-Z]{1,2})\d[A-Z\d]?\b/g,
    pick: (m) => (POSTCODE_AREAS.has(m[1]) ? [m.index, m.index + m[0].length] : null),
  },
  { kind: "postcode", pattern: /\bpost\s?code\s*(?:is|was|:)?\s*([a-z]{1,2}\d[a-z\d]?)\b/dgi, pick: group(1) },
  { kind: "address", pattern: /\b(?:flat|apartment|apt|unit)\s*\d+[a-z]?\b/gi },
  {
    kind: "address",
    pattern: new RegExp(String.raw`\b\d{1,4}[a-z]?,?\s+((?:[a-z'-]+\s+){1,3})${STREET}\b`, "dgi"),
    pick: (m) => {
      const words = m[1].trim().toLowerCase().split(/\s+/);
      const bad = words.some((w, i) => NOT_STREET.has(w) || (w === "the" && i > 0));
      return bad ? null : [m.index, m.index + m[0].length];
    },
  },
  {
    kind: "address",
    pattern: new RegExp(
      String.raw`\b(?:live|lives|living|lived|stay|staying)\s+(?:on|at|in|off)\s+((?:[a-z'-]+\s+){0,3}${STREET})\b`,
      "dgi",
    ),
    pick: group(1),
  },
  {
    kind: "address",
    pattern:
      /\b(?:[A-Z][a-z'-]+\s+){1,3}(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Gardens|Terrace|Grove|Mews)\b/g,
  },
  {
    kind: "date_of_birth",
    pattern: new RegExp(
      String.raw`\b(?:born(?:\s+on|\s+in)?|d\.?o\.?b\.?|date of birth|birthday(?:\s+is)?)\s*[:-]?\s*` +
        String.raw`(${NUMERIC_DATE}|${WORDY_DATE}|${PARTIAL_DATE})\b`,
      "dgi",
    ),
    pick: group(1),
  },
  { kind: "date", pattern: new RegExp(String.raw`\b(?:${NUMERIC_DATE}|${WORDY_DATE})\b`, "gi") },
  {
    kind: "school",
    pattern: new RegExp(
      String.raw`\b(?:St\.?|Saint)\s+[A-Z][a-z'-]+(?:'s)?(?:\s+(?:and\s+St\.?\s+[A-Z][a-z'-]+(?:'s)?|` +
        String.raw`C\.?\s?of\s?E\.?|CE|RC|Catholic|Church of England|Primary|Junior|Infants?|Secondary|High|` +
        String.raw`School|Academy|College|Nursery))*`,
      "g",
    ),
  },
  {
    kind: "school",
    pattern: new RegExp(
      String.raw`\b(?:(?:[A-Z][\w'-]*|&)\s+){1,4}(?:(?:Primary|Junior|Infants?|Secondary|High|Grammar|Special|` +
        String.raw`Community|Free|Prep|Nursery|C of E|CE|RC|Catholic)\s+)*` +
        String.raw`(?:School|Academy|College|Nursery|Primary|Juniors|Infants)\b`,
      "g",
    ),
    pick: (m) => {
      // Skip leading words like "The" or "My" so only the school's own name is judged.
      let start = m.index;
      for (const word of m[0].split(/\s+/)) {
        if (!NOT_SCHOOL_NAME.has(word.toLowerCase().replace(/'s$/, ""))) break;
        start += word.length + 1;
      }
      const rest = m[0].slice(start - m.index);
      return rest.split(/\s+/).length >= 2 ? [start, m.index + m[0].length] : null;
    },
  },
  {
    kind: "name",
    pattern:
      /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|MR|MRS|MISS|DR|mr|mrs|miss|dr)\.?\s+[A-Z][a-zA-Z'-]+(?:[ -][A-Z][a-zA-Z'-]+)?/g,
  },
  {
    kind: "name",
    pattern: new RegExp(
      String.raw`\b(?:my|our|his|her|their)\s+(?:(?:\d{1,2}|[a-z]+)[\s-](?:years?|yr)[\s-]old\s+)?` +
        String.raw`(?:(?:little|eldest|oldest|youngest|older|younger|twin|autistic|disabled|step|foster)\s+)*` +
        String.raw`${RELATION}(?:'s)?\s*[,(:-]?\s*([a-z][a-z]*(?:-[a-z]+)?)`,
      "dgi",
    ),
    pick: (m) => (isNameWord(m[1]) ? (m.indices![1] as Span) : null),
  },
  {
    kind: "name",
    pattern: new RegExp(
      String.raw`\b(?:called|named|name is|name's|i'm|i am|im|this is|known as|aka|love from|from|regards|thanks)` +
        String.raw`\s*,?\s+([a-z][a-z]*(?:-[a-z]+)?)`,
      "dgi",
    ),
    pick: (m) => {
      const word = m[1];
      // After "from" or "thanks" only a known name counts: "from school" is not a person.
      const loose = /^(?:from|thanks|regards|love from)/i.test(m[0]);
      return (loose ? isFirstName(word) && /^[A-Z]/.test(word) : isNameWord(word)) ? (m.indices![1] as Span) : null;
    },
  },
  {
    kind: "name",
    pattern: /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b/g,
    pick: (m, text) => {
      if (!isFirstName(m[0])) return null;
      if (!AMBIGUOUS_NAMES.has(m[0].toLowerCase())) return [m.index, m.index + m[0].length];
      const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
      return CHILD_CONTEXT.test(around) ? [m.index, m.index + m[0].length] : null;
    },
  },
];

/** A name found is taken with the surname after it ("Jack Smith"), when there is one. */
function withSurname(text: string, [start, end]: Span): Span {
  const next = /^[ ]([A-Z][a-zA-Z'-]+)/.exec(text.slice(end));
  return next && !NOT_NAMES.has(next[1].toLowerCase()) ? [start, end + next[0].length] : [start, end];
}

/** Every personal detail found in `text`, in order, overlapping finds joined into one. */
export function findPersonalDetails(text: string): Redaction[] {
  const found: { kind: RedactionKind; span: Span }[] = [];
  for (const rule of RULES) {
    const pattern = new RegExp(
      rule.pattern.source,
      rule.pattern.flags.includes("d") ? rule.pattern.flags : `${rule.pattern.flags}d`,
    );
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === "") pattern.lastIndex += 1;
      const picked = rule.pick ? rule.pick(m, text) : ([m.index, m.index + m[0].length] as Span);
      if (!picked || picked[1] <= picked[0]) continue;
      found.push({ kind: rule.kind, span: rule.kind === "name" ? withSurname(text, picked) : picked });
    }
  }
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const merged: Redaction[] = [];
  for (const { kind, span } of found) {
    const last = merged.at(-1);
    if (last && span[0] < last.end) {
      last.end = Math.max(last.end, span[1]);
      last.text = text.slice(last.start, last.end);
    } else merged.push({ kind, start: span[0], end: span[1], text: text.slice(span[0], span[1]) });
  }
  return merged;
}

/** The text with each personal detail replaced by a label like "[name removed]", and what was found. */
export function redact(text: string): { text: string; found: Redaction[] } {
  const found = findPersonalDetails(text);
  let out = "";
  let at = 0;
  for (const r of found) {
    out += text.slice(at, r.start) + REDACTION_LABELS[r.kind];
    at = r.end;
  }
  return { text: out + text.slice(at), found };
}
