import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { AdviceResults } from "@/components/advice/advice-results";
import { PostcodeNotice } from "@/components/services/postcode-notice";
import { ServiceCard } from "@/components/services/service-card";
import { ServiceFiltersForm } from "@/components/services/service-filters";
import { ChosenFeatures } from "@/components/services/chosen-features";
import { Pagination } from "@/components/ui/pagination";
import { AsWrittenNote } from "@/components/ui/as-written-note";
import { TeamPhone } from "@/components/ui/team-phone";
import { loadTranslator } from "@/lib/i18n/loaders";
import { localMetadata } from "@/lib/i18n/local-metadata";
import type { Language } from "@/lib/i18n/languages";
import { splitAround } from "@/lib/i18n/split-around";
import { localHref, type Translate } from "@/lib/i18n/translate";
import { FEW_RESULTS, missingSupportHref } from "@/lib/feedback/missing-link";
import { searchServices, type ServiceSearchResult } from "@/lib/search/query/search";
import {
  filtersToSearchParams,
  parseServiceFilters,
  type SearchParams,
  type ServiceFilters,
} from "@/lib/services/filters";
import { loadShortlistIds } from "@/lib/shortlist/loaders";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { pageMetadata } from "@/lib/platform/page-metadata";

// Every search and page of results is a view of one page: search engines get the one address.
export async function generateMetadata(): Promise<Metadata> {
  const { lang, t } = await loadTranslator();
  const meta = pageMetadata("/services", {
    title: t("results.title"),
    description: "Search and filter support for children and young people aged 0 to 25 with SEND in Seabourne.",
  });
  return localMetadata(meta, "/services", lang);
}
const PER_PAGE = 20;

export default async function ServicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The request first: it makes the page dynamic before any database read, so `next build` needs no database.
  const params = await searchParams;
  const vocabulary = await loadVocabulary();
  const { filters, ignored } = parseServiceFilters(params, {
    needs: new Set(vocabulary.needs.map((n) => n.code)),
    categories: new Set(vocabulary.categories.map((c) => c.code)),
  });
  const userAgent = (await headers()).get("user-agent");
  const { total, items, facets, advice, understood, ageFromQuery, postcode, near, sort } = await searchServices(
    filters,
    PER_PAGE,
    { userAgent },
  );
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const { lang, t } = await loadTranslator();
  const local = (href: string) => localHref(href, lang);
  // Save / Remove on each card send the browser back to this same page of results.
  const saved = new Set(await loadShortlistIds());
  // Without filters it is plain /services: a browser without JavaScript keeps an empty "?" in the address.
  const query = filtersToSearchParams(filters).toString();
  const here = local(query ? `/services?${query}` : "/services");
  const hasFilters = filtersToSearchParams({ ...filters, page: 1 }).size > 0;

  return (
    <>
      <h1 className="text-3xl">{t("results.title")}</h1>
      <AsWrittenNote lang={lang} />
      {/* On a phone the filters come first and fill the screen: let people jump past them. */}
      <p className="mt-3 md:hidden">
        <a href={advice.length ? "#advice-results-heading" : "#results-heading"}>
          {advice.length
            ? t("results.skipToAdvice")
            : total === 0
              ? t("results.skipToNone")
              : t("results.skipTo", { count: total })}
        </a>
      </p>
      <div className="mt-6 grid gap-8 md:grid-cols-[18rem_1fr]">
        <ServiceFiltersForm filters={filters} vocabulary={vocabulary} facets={facets} lang={lang} />
        <section aria-labelledby="results-heading">
          <AdviceResults pages={advice} lang={lang} />
          <h2 id="results-heading" className="text-2xl" aria-live="polite">
            {total === 0
              ? t(filters.q ? "results.noneFor" : "results.none", { q: filters.q ?? "" })
              : t(filters.q ? "results.foundFor" : "results.found", { count: total, q: filters.q ?? "" })}
          </h2>
          {postcode && <PostcodeNotice postcode={postcode} nearestFirst={sort === "distance"} lang={lang} />}
          <UnderstoodQuery
            filters={filters}
            understood={understood}
            ageFromQuery={ageFromQuery}
            nearestFirst={sort === "distance"}
            lang={lang}
            t={t}
          />
          <ChosenFeatures filters={filters} lang={lang} />
          {ignored.length > 0 && (
            <p className="mt-2 border-s-4 border-line ps-3 text-base">
              {t("results.ignored", { parts: ignored.map((i) => `${i.param}=${i.value}`).join(", ") })}
            </p>
          )}
          {total === 0 ? (
            <NoResults hasFilters={hasFilters} lang={lang} t={t} />
          ) : (
            <ul>
              {items.map((s) => (
                <ServiceCard key={s.id} service={s} saved={saved.has(s.id)} back={here} near={near} lang={lang} />
              ))}
            </ul>
          )}
          {/* Searches that find little are where support may be missing: ask (issue 12). */}
          {total <= FEW_RESULTS && (
            <p className="mt-4 border-s-4 border-line ps-3">
              {t("results.missing")} <Link href={local(missingSupportHref(filters))}>{t("results.missingLink")}</Link>
            </p>
          )}
          <Pagination
            page={Math.min(filters.page, pages)}
            pages={pages}
            href={(page) => local(`/services?${filtersToSearchParams(filters, { page })}`)}
            lang={lang}
          />
        </section>
      </div>
    </>
  );
}

/** "Showing services for age 15, near FY1", each part with a link that searches without it. */
function UnderstoodQuery({
  filters,
  nearestFirst,
  understood,
  ageFromQuery,
  lang,
  t,
}: {
  filters: ServiceFilters;
  nearestFirst: boolean;
  understood: ServiceSearchResult["understood"];
  ageFromQuery: boolean;
  lang: Language;
  t: Translate;
}) {
  const without = (q: string) => localHref(`/services?${filtersToSearchParams({ ...filters, q, page: 1 })}`, lang);
  const parts: { label: string; undo: string; undoText: string }[] = [];
  if (ageFromQuery && understood.age && understood.without.age !== undefined) {
    parts.push({ label: understood.age.label, undo: without(understood.without.age), undoText: t("results.allAges") });
  }
  if (understood.place && understood.without.place !== undefined) {
    parts.push({
      label: t("results.near", { place: understood.place.outward }),
      undo: without(understood.without.place),
      undoText: t("results.noDistance"),
    });
  }
  if (!parts.length && !understood.unknownPlace) return null;
  return (
    <div className="mt-2 border-s-4 border-line ps-3 text-base">
      {parts.length > 0 && (
        <p>
          {t("results.showingFor")}{" "}
          {parts.map((p, i) => (
            <span key={p.label}>
              {i > 0 && ", "}
              <strong>{p.label}</strong>
            </span>
          ))}
          .{understood.place && nearestFirst && ` ${t("results.nearestFirst")}`}
        </p>
      )}
      {parts.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4">
          {parts.map((p) => (
            <li key={p.label}>
              <Link href={p.undo}>
                {p.undoText}
                <span className="sr-only"> {t("results.remove", { label: p.label })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {understood.unknownPlace && <p>{t("results.unknownPlace", { place: understood.unknownPlace })}</p>}
    </div>
  );
}

function NoResults({ hasFilters, lang, t }: { hasFilters: boolean; lang: Language; t: Translate }) {
  const [callBefore, callAfter] = splitAround(t("noResults.call"), "{phone}");
  return (
    <div className="mt-3 space-y-3">
      <p>{t("noResults.intro")}</p>
      <ul className="list-disc space-y-1 ps-6">
        <li>{t("noResults.spelling")}</li>
        {hasFilters && (
          <li>
            {t("noResults.removeFilters")} <Link href={localHref("/services", lang)}>{t("noResults.clearAll")}</Link>
          </li>
        )}
        <li>
          {t("noResults.browse")}{" "}
          <Link href={localHref("/services?category=advice", lang)}>{t("noResults.adviceServices")}</Link>
        </li>
        <li>
          {callBefore}
          <TeamPhone />
          {callAfter}
        </li>
      </ul>
    </div>
  );
}
