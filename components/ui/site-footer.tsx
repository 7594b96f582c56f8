import { Link } from "@/components/ui/link";
import { TeamPhone } from "@/components/ui/team-phone";
import type { Language } from "@/lib/i18n/languages";
import type { MessageKey } from "@/lib/i18n/messages-en";
import { localHref, t } from "@/lib/i18n/translate";
import { splitAround } from "@/lib/i18n/split-around";

const LINKS: [string, MessageKey][] = [
  ["/about", "footer.about"],
  ["/accessibility", "footer.accessibility"],
  ["/privacy", "footer.privacy"],
  ["/services", "footer.services"],
  ["/glossary", "footer.glossary"],
  ["/print", "footer.print"],
  ["/feedback", "footer.feedback"],
  ["/you-said-we-did", "footer.youSaid"],
];

export function SiteFooter({ lang = "en" }: { lang?: Language }) {
  const [before, after] = splitAround(t(lang, "footer.offline"), "{phone}");
  return (
    <footer className="mt-12 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-5xl px-4 py-6 text-base">
        <h2 className="sr-only">{t(lang, "footer.heading")}</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {LINKS.map(([to, key]) => (
            <li key={to}>
              <Link href={localHref(to, lang)}>{t(lang, key)}</Link>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-muted">
          {before}
          <TeamPhone />
          {after}
        </p>
      </div>
    </footer>
  );
}
