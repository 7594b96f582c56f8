/**
 * A translated sentence split around one placeholder, so a link or other element can go in its place
 * wherever the language puts it: splitAround("Call {phone} now", "{phone}") → ["Call ", " now"].
 */
export function splitAround(text: string, placeholder: string): [string, string] {
  const at = text.indexOf(placeholder);
  if (at < 0) return [text, ""];
  return [text.slice(0, at), text.slice(at + placeholder.length)];
}
