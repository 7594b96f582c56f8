// The filter panel's groups for how a service is delivered, venue access, languages spoken and when it
// runs, as [legend, parameter, options, chosen, counts] rows like its need, type and area groups. Pure.
import type { FacetCounts } from "@/lib/search/query/engine";
import type { ServiceFilters } from "./filters";
import { ACCESS_FEATURE_LABELS, DELIVERY_LABELS, LANGUAGE_LABELS, TIME_OF_DAY_LABELS } from "./service-features";

type Option = { code: string; name: string; description: string };
type Group = readonly [string, string, Option[], string[], Record<string, number> | undefined];

const options = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([code, name]) => ({ code, name, description: "" }));

export const FEATURE_LEGENDS = {
  delivery: "How it is delivered",
  access: "Venue access (has all you tick)",
  language: "Languages spoken",
  time: "When it runs",
} as const;

export function featureFilterGroups(filters: ServiceFilters, facets: FacetCounts | undefined): Group[] {
  const languages = filters.languages ?? [];
  // Only languages some listing speaks (or one already chosen), so the list stays short; BSL first.
  const spoken = options(LANGUAGE_LABELS).filter(
    (o) => !facets || (facets.languages[o.code] ?? 0) > 0 || languages.includes(o.code),
  );
  return [
    [FEATURE_LEGENDS.delivery, "delivery", options(DELIVERY_LABELS), filters.delivery ?? [], facets?.delivery],
    [FEATURE_LEGENDS.access, "access", options(ACCESS_FEATURE_LABELS), filters.access ?? [], facets?.access],
    [FEATURE_LEGENDS.language, "language", spoken, languages, facets?.languages],
    [FEATURE_LEGENDS.time, "time", options(TIME_OF_DAY_LABELS), filters.times ?? [], facets?.times],
  ];
}

/**
 * Each chosen one, in words (and its group and code, to name it in another language), with the search's
 * parameters without it: the "remove" links above the results.
 */
export function chosenFeatures(filters: ServiceFilters): {
  group: "delivery" | "access" | "language" | "time";
  code: string;
  label: string;
  without: Partial<ServiceFilters>;
}[] {
  const drop = (list: string[] | undefined, code: string) => (list ?? []).filter((c) => c !== code);
  return [
    ...(filters.delivery ?? []).map((c) => ({
      group: "delivery" as const,
      code: c,
      label: DELIVERY_LABELS[c as keyof typeof DELIVERY_LABELS] ?? c,
      without: { delivery: drop(filters.delivery, c) },
    })),
    ...(filters.access ?? []).map((c) => ({
      group: "access" as const,
      code: c,
      label: ACCESS_FEATURE_LABELS[c as keyof typeof ACCESS_FEATURE_LABELS] ?? c,
      without: { access: drop(filters.access, c) },
    })),
    ...(filters.languages ?? []).map((c) => ({
      group: "language" as const,
      code: c,
      label: LANGUAGE_LABELS[c] ?? c,
      without: { languages: drop(filters.languages, c) },
    })),
    ...(filters.times ?? []).map((c) => ({
      group: "time" as const,
      code: c,
      label: TIME_OF_DAY_LABELS[c as keyof typeof TIME_OF_DAY_LABELS] ?? c,
      without: { times: drop(filters.times, c) },
    })),
  ].map((x) => ({ ...x, without: { ...x.without, page: 1 } }));
}
