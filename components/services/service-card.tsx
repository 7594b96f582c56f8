import { SaveButton } from "@/components/shortlist/save-button";
import { Link } from "@/components/ui/link";
import { accessLabel, costLabel, formatAgeRangeIn, statusLabel } from "@/lib/i18n/format-listing";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { nearestMetres, roundedMiles } from "@/lib/geo/postcode-field";
import { localHref, t } from "@/lib/i18n/translate";
import type { ServiceCardView } from "@/lib/search/document";

/** "1.2 miles" to the nearest venue; "Online or at home" for a service with none. */
function distanceText(lang: Language, metres: number | undefined): string {
  if (metres === undefined) return t(lang, "card.noVenue");
  const miles = roundedMiles(metres);
  if (miles === undefined) return t(lang, "card.underTenthMile");
  const digits = miles < 10 && miles !== 1 ? 1 : 0;
  const count = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    miles,
  );
  return t(lang, "card.miles", { count });
}

/**
 * `saved`: on the visitor's list; `back`: the results page to return to after Save or Remove (with its
 * language prefix). The listing's own words (name, summary, needs) stay as written, in English.
 */
export function ServiceCard({
  service,
  saved,
  back,
  near,
  lang = "en",
}: {
  service: ServiceCardView;
  saved: boolean;
  back: string;
  /** The searched postcode's place: the card shows how far its nearest venue is. */
  near?: { lat: number; lng: number };
  lang?: Language;
}) {
  const asWritten = asWrittenProps(lang);
  return (
    <li id={`service-${service.id}`} className="service-card">
      <h3 className="text-xl" {...asWritten}>
        <Link href={localHref(`/services/${service.slug}`, lang)}>{service.name}</Link>
      </h3>
      <p className="org" {...asWritten}>
        {service.organisation}
      </p>
      {service.status !== "active" && (
        <p className="mt-1 inline-block bg-warning px-2 text-base font-semibold text-white">
          {statusLabel(lang, service.status)}
        </p>
      )}
      <p className="mt-2" {...asWritten}>
        {service.summary}
      </p>
      <dl>
        {near && (
          <>
            <dt>{t(lang, "card.distance")}</dt>
            <dd>{distanceText(lang, nearestMetres(near, service.locations ?? []))}</dd>
          </>
        )}
        <dt>{t(lang, "card.age")}</dt>
        <dd>{formatAgeRangeIn(lang, service.minAge, service.maxAge)}</dd>
        <dt>{t(lang, "card.cost")}</dt>
        <dd>{costLabel(lang, service.costType)}</dd>
        <dt>{t(lang, "card.how")}</dt>
        <dd>{accessLabel(lang, service.accessMethod)}</dd>
        {service.needNames.length > 0 && (
          <>
            <dt>{t(lang, "card.helpsWith")}</dt>
            <dd {...asWritten}>{service.needNames.join(", ")}</dd>
          </>
        )}
      </dl>
      <SaveButton
        className="mt-3 print:hidden"
        serviceId={service.id}
        serviceName={service.name}
        saved={saved}
        back={`${back}#service-${service.id}`}
        lang={lang}
      />
    </li>
  );
}
