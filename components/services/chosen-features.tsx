// The delivery, access, language and time filters chosen, each with a link that searches without it,
// so a family can drop one without finding its box again (and without JavaScript).
import { Link } from "@/components/ui/link";
import { featureName } from "@/lib/i18n/feature-labels";
import type { Language } from "@/lib/i18n/languages";
import { localHref, t } from "@/lib/i18n/translate";
import { chosenFeatures } from "@/lib/services/feature-filter-groups";
import { filtersToSearchParams, type ServiceFilters } from "@/lib/services/filters";

export function ChosenFeatures({ filters, lang = "en" }: { filters: ServiceFilters; lang?: Language }) {
  const chosen = chosenFeatures(filters);
  if (!chosen.length) return null;
  return (
    <div className="mt-2 border-s-4 border-line ps-3 text-base">
      <p>{t(lang, "features.chosen")}</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {chosen.map((c) => {
          const label = featureName(lang, c.group, c.code, c.label);
          return (
            <li key={c.label}>
              <strong>{label}</strong>{" "}
              <Link href={localHref(`/services?${filtersToSearchParams(filters, c.without)}`, lang)}>
                {t(lang, "features.remove")}
                <span className="sr-only"> {label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
