// How to attend, venue access, languages spoken and when it runs, as rows of the listing page's key
// facts. Read from the listing with the same functions that build the search filters, so the page says
// exactly what a filter found it by; the venue's own access notes stay in full under "Where it runs".
import { featureName } from "@/lib/i18n/feature-labels";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";
import type { FullListing } from "@/lib/services/data";
import {
  ACCESS_FEATURE_LABELS,
  accessFeatures,
  DELIVERY_LABELS,
  DELIVERY_METHODS,
  TIME_OF_DAY_LABELS,
  timesOfDay,
} from "@/lib/services/service-features";

/** `lang`: the page's; the listing's own language names stay as written. */
export function ServiceFeatureFacts({ service, lang = "en" }: { service: FullListing; lang?: Language }) {
  const delivery = DELIVERY_METHODS.filter((m) => service.deliveryMethods.includes(m));
  const access = accessFeatures(
    service.serviceAtLocations.flatMap((x) => x.location.accessibility.map((a) => a.description)),
  );
  const times = timesOfDay(service.schedules, `${service.name}\n${service.summary}`);
  const rows: [string, string, boolean][] = [
    [
      t(lang, "facts.howToAttend"),
      delivery.map((m) => featureName(lang, "delivery", m, DELIVERY_LABELS[m])).join(", "),
      false,
    ],
    [
      t(lang, "facts.venueAccess"),
      access.map((f) => featureName(lang, "access", f, ACCESS_FEATURE_LABELS[f])).join(", "),
      false,
    ],
    [t(lang, "service.languages"), service.languages.map((l) => l.name).join(", "), true],
    [
      t(lang, "facts.runs"),
      times.map((time) => featureName(lang, "time", time, TIME_OF_DAY_LABELS[time])).join(", "),
      false,
    ],
  ];
  return rows
    .filter(([, value]) => value)
    .map(([term, value, written]) => (
      <div key={term} className="contents">
        <dt className="font-bold">{term}</dt>
        <dd {...(written ? asWrittenProps(lang) : {})}>{value}</dd>
      </div>
    ));
}
