import { TeamPhone } from "@/components/ui/team-phone";
import type { Language } from "@/lib/i18n/languages";
import { splitAround } from "@/lib/i18n/split-around";
import { t } from "@/lib/i18n/translate";

/**
 * On a page in another language: listings and advice are shown as they were written (in English), and
 * the council's phone line can give an interpreter. Nothing in English, where there is nothing to say.
 */
export function AsWrittenNote({ lang }: { lang: Language }) {
  if (lang === "en") return null;
  const [before, after] = splitAround(t(lang, "asWritten.note"), "{phone}");
  return (
    <p className="mt-4 max-w-3xl border-s-4 border-brand bg-panel p-3" data-testid="as-written-note">
      {before}
      <TeamPhone />
      {after}
    </p>
  );
}
