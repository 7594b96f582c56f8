// Advice pages are written one Markdown line per string so each sentence stays whole and
// searchable in the source (the line-length check allows a line that is only a string).
export const lines = (...text: string[]): string => text.join("\n");
