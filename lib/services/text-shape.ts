// Listing text keeps the shape its writer gave it (issue 15): officers type line breaks and bullets
// into plain text boxes, and the feed importer turns other directories' <p>, <br> and <li> into the
// same plain text (lib/oruk/clean-text.ts: "- " items, blank lines between paragraphs). This reads
// that text back into paragraphs (keeping single line breaks) and real lists. Pure and unit-tested:
// it returns strings in blocks, never HTML, so the page renders every word as text.

/** A paragraph keeps its lines (shown with line breaks); a list its items. */
export type TextBlock<T = string> =
  | { kind: "paragraph"; lines: T[] }
  | { kind: "list"; ordered: false; items: T[] }
  | { kind: "list"; ordered: true; start: number; items: T[] };

// "-" and "*" need a space after them ("-5 degrees", "*only* on Mondays" stay text); the bullet
// characters people paste from word processors do not.
const BULLET = /^[-*](?:\s+|$)(.*)$|^[•·▪●◦‣]\s*(.*)$/;
// "1." or "1)": up to three digits, so "2024. was our busiest year" stays text.
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;
// Bullets run together on one line, as some feeds' text has them: "we can help with: • forms • money".
const INLINE_BULLET = /\s+•\s*/;

type Item = { ordered: boolean; number: number; text: string };

function readItem(line: string): Item | null {
  const bullet = BULLET.exec(line);
  if (bullet) return { ordered: false, number: 0, text: (bullet[1] ?? bullet[2]).trim() };
  const numbered = NUMBERED.exec(line);
  if (numbered) return { ordered: true, number: Number(numbered[1]), text: numbered[2].trim() };
  return null;
}

/** One line with two or more "•" in it becomes its lead-in (if any) and bulleted lines. */
function splitInlineBullets(line: string): string[] {
  const parts = line.split(INLINE_BULLET);
  if (parts.length < 3) return [line];
  const [lead, ...items] = parts;
  return [...(lead.trim() ? [lead.trim()] : []), ...items.filter((i) => i.trim()).map((i) => `• ${i.trim()}`)];
}

export function shapeText(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };

  const rawLines = (text ?? "").replace(/\r\n?/g, "\n").split("\n");
  for (const raw of rawLines) {
    const indented = /^\s+\S/.test(raw);
    for (const line of splitInlineBullets(raw.trim())) {
      if (!line) {
        close();
        continue;
      }
      const item = readItem(line);
      if (item) {
        if (!item.text) continue;
        const block = current as TextBlock | null;
        if (!block || block.kind !== "list" || block.ordered !== item.ordered) {
          close();
          current = item.ordered
            ? { kind: "list", ordered: true, start: item.number, items: [] }
            : { kind: "list", ordered: false, items: [] };
        }
        (current as unknown as { items: string[] }).items.push(item.text);
        continue;
      }
      const block = current as TextBlock | null;
      if (block?.kind === "list" && indented) {
        // An indented line under an item carries on that item.
        block.items[block.items.length - 1] += ` ${line}`;
      } else if (block?.kind === "paragraph") {
        block.lines.push(line);
      } else {
        close();
        current = { kind: "paragraph", lines: [line] };
      }
    }
  }
  close();
  return blocks;
}

/**
 * The same blocks with each line and item turned into something else, in reading order (the jargon
 * linker links a term only at its first use on the page, so the order matters).
 */
export function mapBlockText<T>(blocks: TextBlock[], map: (text: string) => T): TextBlock<T>[] {
  return blocks.map((block) =>
    block.kind === "paragraph" ? { ...block, lines: block.lines.map(map) } : { ...block, items: block.items.map(map) },
  );
}
