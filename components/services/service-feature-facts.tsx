// How to attend, venue access, languages spoken and when it runs, as rows of the listing page's key
// facts. Read from the listing with the same functions that build the search filters, so the page says
// exactly what a filter found it by; the venue's own access notes stay in full under "Where it runs".
import type { Language } from "@/lib/i18n/languages";
import type { FullListing } from "@/lib/services/data";
import {
  ACCESS_FEATURE_LABELS,
  accessFeatures,
  DELIVERY_LABELS,
  DELIVERY_METHODS,
  TIME_OF_DAY_LABELS,
  timesOfDay,
} from "@/lib/services/service-features";

/** `lang`: the page's; the labels are English until they join the message catalogues, and say so. */
export function ServiceFeatureFacts({ service, lang = "en" }: { service: FullListing; lang?: Language }) {
  const delivery = DELIVERY_METHODS.filter((m) => service.deliveryMethods.includes(m));
  const access = accessFeatures(
    service.serviceAtLocations.flatMap((x) => x.location.accessibility.map((a) => a.description)),
  );
  const times = timesOfDay(service.schedules, `${service.name}\n${service.summary}`);
  const rows: [string, string][] = [
    ["How to attend", delivery.map((m) => DELIVERY_LABELS[m]).join(", ")],
    ["Venue access", access.map((f) => ACCESS_FEATURE_LABELS[f]).join(", ")],
    ["Languages", service.languages.map((l) => l.name).join(", ")],
    ["Runs", times.map((t) => TIME_OF_DAY_LABELS[t]).join(", ")],
  ];
  return rows
    .filter(([, value]) => value)
    .map(([term, value]) => (
      <div key={term} className="contents" lang={lang === "en" ? undefined : "en"}>
        <dt className="font-bold">{term}</dt>
        <dd>{value}</dd>
      </div>
    ));
}
