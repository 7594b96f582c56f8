// A listing's easy-read summary: short sentences, one idea a line. It is stored as plain text, one line
// an idea, and shown as a list (ADR 0012: it goes through the same edit and approval as every field).
// Pure, no Prisma: unit-tested in easy-read.test.ts.

/** Long enough for 10 to 15 short lines; short enough that it stays a summary. */
export const EASY_READ_MAX = 1500;
/** One idea a line: more lines than this is a full page, not a summary. */
export const EASY_READ_MAX_LINES = 20;

// A tag typed or pasted in ("<b>", "<br>", "<script …>") is dropped and its text kept; a lone "<" stays.
const TAG = /<\/?[a-z!?][^<>]*>/gi;
// A line break in pasted HTML ("<br>", "</p>", "</li>") starts a new line before the tags go.
const LINE_TAG = /<br\s*\/?>|<\/(?:p|li|div|h[1-6])>/gi;
// A list marker typed at the start of a line ("- ", "* ", "• ", "1. ", "2) "): the page makes its own list.
const MARKER = /^(?:[-*•–]|\d{1,2}[.)])\s+/;

/**
 * The summary as it is kept: HTML tags stripped, each line trimmed, spaces inside a line collapsed, list
 * markers and empty lines dropped. "" when nothing is left.
 */
export function cleanEasyRead(value: string): string {
  return easyReadLines(value).join("\n");
}

/** The summary's lines, one idea each, cleaned as cleanEasyRead cleans them: what the page lists. */
export function easyReadLines(value: string | null | undefined): string[] {
  return (value ?? "")
    .replace(LINE_TAG, "\n")
    .replace(TAG, "")
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/\s+/g, " ").trim().replace(MARKER, "").trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}
