import type { Metadata } from "next";
import { SaveButton } from "@/components/shortlist/save-button";
import { ShortlistEntry } from "@/components/shortlist/shortlist-entry";
import { ShortlistTools } from "@/components/shortlist/shortlist-tools";
import { Link } from "@/components/ui/link";
import { TeamPhone } from "@/components/ui/team-phone";
import { loadTranslator } from "@/lib/i18n/loaders";
import { splitAround } from "@/lib/i18n/split-around";
import { localHref, type Translate } from "@/lib/i18n/translate";
import type { Language } from "@/lib/i18n/languages";
import { printPath, sharePath, siteAddress } from "@/lib/shortlist/addresses";
import { joinIds, SHORTLIST_MAX } from "@/lib/shortlist/ids";
import { loadOwnShortlist, loadSharedShortlist } from "@/lib/shortlist/loaders";

export const metadata: Metadata = { title: "Your list", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ShortlistPage({ searchParams }: Props) {
  const params = await searchParams;
  const { lang, t } = await loadTranslator();
  const shared = first(params.ids);
  if (shared !== undefined) return <SharedList raw={shared} lang={lang} t={t} />;
  const { services, gone } = await loadOwnShortlist();
  const ids = services.map((s) => s.id);
  const [helpBefore, helpAfter] = splitAround(t("list.help"), "{phone}");
  return (
    <>
      <h1 className="text-3xl">{t("list.title")}</h1>
      <p className="mt-3 max-w-2xl">{t("list.intro", { max: SHORTLIST_MAX })}</p>
      {first(params.full) && (
        <p role="status" className="mt-4 border-s-8 border-warning bg-panel p-4 font-semibold">
          {t("list.full")}
        </p>
      )}
      {gone > 0 && <p className="mt-4 border-s-4 border-line ps-3">{t("list.gone", { count: gone })}</p>}
      {services.length === 0 ? (
        <div className="mt-6 space-y-3">
          <p>{t("list.empty")}</p>
          <p>
            <Link href={localHref("/services", lang)}>{t("list.emptyFind")}</Link> {t("list.emptyHow")}
          </p>
        </div>
      ) : (
        <>
          <ShortlistTools
            count={services.length}
            printHref={printPath(ids)}
            shareAddress={siteAddress(sharePath(ids))}
            emailHref={localHref("/shortlist/email", lang)}
            lang={lang}
          />
          <ul className="mt-6">
            {services.map((s) => (
              <ShortlistEntry key={s.id} service={s} pageAddress={siteAddress(`/services/${s.slug}`)}>
                <SaveButton
                  serviceId={s.id}
                  serviceName={s.name}
                  saved
                  back={localHref("/shortlist", lang)}
                  lang={lang}
                />
              </ShortlistEntry>
            ))}
          </ul>
        </>
      )}
      <p className="mt-6">
        {helpBefore}
        <TeamPhone />
        {helpAfter}
      </p>
    </>
  );
}

async function SharedList({ raw, lang, t }: { raw: string; lang: Language; t: Translate }) {
  const { services, leftOut } = await loadSharedShortlist(raw);
  const ids = services.map((s) => s.id);
  return (
    <>
      <h1 className="text-3xl">{t("list.sharedTitle")}</h1>
      <p className="mt-3 max-w-2xl">{t("list.sharedIntro")}</p>
      {leftOut > 0 && (
        <p role="status" className="mt-4 border-s-4 border-line ps-3">
          {t("list.sharedLeftOut", { count: leftOut })}
        </p>
      )}
      {services.length === 0 ? (
        <p className="mt-6">
          {t("list.sharedNone")} <Link href={localHref("/services", lang)}>{t("list.emptyFind")}</Link>.
        </p>
      ) : (
        <>
          <ShortlistTools count={services.length} printHref={printPath(ids)} lang={lang} />
          <form method="post" action="/shortlist/save-shared" className="mt-4">
            <input type="hidden" name="ids" value={joinIds(ids)} />
            <button type="submit" className="button">
              {t("list.saveShared")}
            </button>
          </form>
          <ul className="mt-6">
            {services.map((s) => (
              <ShortlistEntry key={s.id} service={s} pageAddress={siteAddress(`/services/${s.slug}`)}>
                <SaveButton
                  serviceId={s.id}
                  serviceName={s.name}
                  saved={false}
                  back={localHref(sharePath(ids), lang)}
                  lang={lang}
                />
              </ShortlistEntry>
            ))}
          </ul>
        </>
      )}
      <p className="mt-6">
        <Link href={localHref("/shortlist", lang)}>{t("list.ownList")}</Link>
      </p>
    </>
  );
}
