// What a family can do with a list: print it as a handout, email it to themselves, share a link.
import { Link } from "@/components/ui/link";
import type { Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";

export function ShortlistTools({
  count,
  printHref,
  shareAddress,
  emailHref,
  lang = "en",
}: {
  count: number;
  printHref: string;
  /** Only on the visitor's own list: a shared list's own address is already in the browser. */
  shareAddress?: string;
  emailHref?: string;
  lang?: Language;
}) {
  return (
    <section aria-labelledby="list-tools-heading" className="mt-6 border-s-8 border-brand bg-panel p-4 print:hidden">
      <h2 id="list-tools-heading" className="text-xl">
        {t(lang, "list.tools", { count })}
      </h2>
      <ul className="mt-2 list-disc space-y-2 ps-6">
        <li>
          <Link href={printHref}>{t(lang, "list.print")}</Link> {t(lang, "list.printHow")}
        </li>
        {emailHref && (
          <li>
            <Link href={emailHref}>{t(lang, "list.email")}</Link>
          </li>
        )}
      </ul>
      {shareAddress && (
        <div className="mt-3">
          <p className="font-semibold">{t(lang, "list.share")}</p>
          <p>{t(lang, "list.shareHint")}</p>
          <p className="mt-1 break-all">
            <a href={shareAddress} data-testid="share-link">
              {shareAddress}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
