// What a database error on one imported record means, in words an operator can act on: the import
// report never shows a raw driver message (a stack, "Code: 22021", SQL). The code, when there is
// one, ends the sentence so a developer can still look it up. Pure.

const PLAIN: [RegExp, string][] = [
  [
    /22021|22P05|invalid byte sequence|unsupported Unicode escape/i,
    "it holds characters the database cannot store. Check the record's text in the source directory and import again",
  ],
  [
    /57014|Query read timeout|statement timeout|canceling statement/i,
    "the database took too long, probably because the machine was busy. Import the feed again: records already saved are left as they are",
  ],
  [
    /40P01|40001|deadlock|could not serialize/i,
    "another import or edit was saving the same listing at the same time. Import the feed again",
  ],
  [/P2002|unique constraint/i, "another listing already has the same web address name (slug). Import the feed again"],
  [/22001|too long/i, "one of its values is longer than the database allows. Shorten it in the source directory"],
  [
    /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|P1001|P1017/i,
    "the database could not be reached. Check that it is running and import the feed again",
  ],
];

export function plainSaveError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (typeof error === "object" && error !== null && "code" in error ? String(error.code) : "").trim();
  const codeInText = /\b(?:Code:\s*`?)?([0-9A-Z]{5})\b/.exec(message)?.[1];
  const shown = /^[0-9A-Z]{5}$/.test(code) ? code : codeInText;
  const found = PLAIN.find(([pattern]) => pattern.test(`${code} ${message}`));
  const words = found?.[1] ?? "the database refused it. Check the record in the source directory and import again";
  return `${words}.${shown ? ` (Database code ${shown}.)` : ""}`;
}
