// Lines are at most 120 characters (Prettier's printWidth). Prettier cannot break a comment or a
// string, so this catches those: a line that is only a string literal (seed prose, SQL, a message,
// optionally as `key: "…",`), or a test's title line, may run longer, because splitting a sentence
// hides it from search.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const MAX = 120;
const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "--", "*.ts", "*.tsx", "*.mjs", "*.css"], {
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => f && fs.existsSync(f) && !/^(lib\/generated|prisma\/migrations|tests\/fixtures)\//.test(f));
const onlyString = /^([\w$]+: |\.\.\.)?(["'`]).*\2[,;)]*$/;
const testTitle = /^(it|test|describe)(\.\w+)?\((["'`]).*\3, (async )?\(\) => \{$/;

const long = [];
for (const file of files) {
  fs.readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.length > MAX && !onlyString.test(line.trim()) && !testTitle.test(line.trim()))
        long.push(`${file}:${i + 1} (${line.length})`);
    });
}
if (long.length) {
  console.error(`${long.length} lines are longer than ${MAX} characters; wrap them:\n${long.join("\n")}`);
  process.exit(1);
}
