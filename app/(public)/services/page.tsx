import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/components/ui/link";
import { AdviceResults } from "@/components/advice/advice-results";
import { PostcodeNotice } from "@/components/services/postcode-notice";
import { ServiceCard } from "@/components/services/service-card";
import { ServiceFiltersForm } from "@/components/services/service-filters";
import { ChosenFeatures } from "@/components/services/chosen-features";
import { Pagination } from "@/components/ui/pagination";
import { TeamPhone } from "@/components/ui/team-phone";
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
export const metadata: Metadata = pageMetadata("/services", {
  title: "Find services",
  description: "Search and filter support for children and young people aged 0 to 25 with SEND in Seabourne.",
});
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
  // Save / Remove on each card send the browser back to this same page of results.
  const saved = new Set(await loadShortlistIds());
  // Without filters it is plain /services: a browser without JavaScript keeps an empty "?" in the address.
  const query = filtersToSearchParams(filters).toString();
  const here = query ? `/services?${query}` : "/services";
  const hasFilters = filtersToSearchParams({ ...filters, page: 1 }).size > 0;

  return (
    <>
      <h1 className="text-3xl">Find services</h1>
      {/* On a phone the filters come first and fill the screen: let people jump past them. */}
      <p className="mt-3 md:hidden">
        <a href={advice.length ? "#advice-results-heading" : "#results-heading"}>
          {advice.length ? "Skip to information and advice, then " : "Skip to "}
          {total === 0 ? "the search results" : `the ${total} ${total === 1 ? "result" : "results"}`}
        </a>
      </p>
      <div className="mt-6 grid gap-8 md:grid-cols-[18rem_1fr]">
        <ServiceFiltersForm filters={filters} vocabulary={vocabulary} facets={facets} sort={sort} />
        <section aria-labelledby="results-heading">
          <AdviceResults pages={advice} />
          <h2 id="results-heading" className="text-2xl" aria-live="polite">
            {total === 0 ? "No services found" : `${total} ${total === 1 ? "service" : "services"} found`}
            {filters.q && <> for &lsquo;{filters.q}&rsquo;</>}
          </h2>
          {postcode && <PostcodeNotice postcode={postcode} lang="en" />}
          <UnderstoodQuery
            filters={filters}
            understood={understood}
            ageFromQuery={ageFromQuery}
            nearestFirst={sort === "distance"}
          />
          <ChosenFeatures filters={filters} />
          {ignored.length > 0 && (
            <p className="mt-2 border-l-4 border-line pl-3 text-base">
              We ignored part of the web address we did not recognise (
              {ignored.map((i) => `${i.param}=${i.value}`).join(", ")}).
            </p>
          )}
          {total === 0 ? (
            <NoResults hasFilters={hasFilters} />
          ) : (
            <ul>
              {items.map((s) => (
                <ServiceCard key={s.id} service={s} saved={saved.has(s.id)} back={here} near={near} />
              ))}
            </ul>
          )}
          {/* Searches that find little are where support may be missing: ask (issue 12). */}
          {total <= FEW_RESULTS && (
            <p className="mt-4 border-l-4 border-line pl-3">
              Could not find what you need?{" "}
              <Link href={missingSupportHref(filters)}>Tell us about support that is missing</Link>
            </p>
          )}
          <Pagination
            page={Math.min(filters.page, pages)}
            pages={pages}
            href={(page) => `/services?${filtersToSearchParams(filters, { page })}`}
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
}: {
  filters: ServiceFilters;
  nearestFirst: boolean;
  understood: ServiceSearchResult["understood"];
  ageFromQuery: boolean;
}) {
  const without = (q: string) => `/services?${filtersToSearchParams({ ...filters, q, page: 1 })}`;
  const parts: { label: string; undo: string; undoText: string }[] = [];
  if (ageFromQuery && understood.age && understood.without.age !== undefined) {
    parts.push({ label: understood.age.label, undo: without(understood.without.age), undoText: `Show all ages` });
  }
  if (understood.place && understood.without.place !== undefined) {
    parts.push({
      label: `near ${understood.place.outward}`,
      undo: without(understood.without.place),
      undoText: `Do not sort by distance`,
    });
  }
  if (!parts.length && !understood.unknownPlace) return null;
  return (
    <div className="mt-2 border-l-4 border-line pl-3 text-base">
      {parts.length > 0 && (
        <p>
          Showing services for{" "}
          {parts.map((p, i) => (
            <span key={p.label}>
              {i > 0 && ", "}
              <strong>{p.label}</strong>
            </span>
          ))}
          .{understood.place && nearestFirst && " Nearest first."}
        </p>
      )}
      {parts.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4">
          {parts.map((p) => (
            <li key={p.label}>
              <Link href={p.undo}>
                {p.undoText}
                <span className="sr-only"> (remove &lsquo;{p.label}&rsquo;)</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {understood.unknownPlace && (
        <p>We do not know where {understood.unknownPlace} is, so these results are not sorted by distance.</p>
      )}
    </div>
  );
}

function NoResults({ hasFilters }: { hasFilters: boolean }) {
  return (
    <div className="mt-3 space-y-3">
      <p>We could not find a service that matches everything you asked for. You could:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          check the spelling, or use fewer or different words (for example &lsquo;speech&rsquo; instead of &lsquo;speech
          and language therapy clinic&rsquo;)
        </li>
        {hasFilters && (
          <li>
            remove some filters, or <Link href="/services">clear all filters</Link>
          </li>
        )}
        <li>
          browse <Link href="/services?category=advice">advice and support services</Link>
        </li>
        <li>
          call the Local Offer team on <TeamPhone />, who can help you find the right support
        </li>
      </ul>
    </div>
  );
}
