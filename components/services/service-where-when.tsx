import type { FullListing } from "@/lib/services/data";
import { formatDaysIn, timeIn } from "@/lib/i18n/format-listing";
import { asWrittenProps, type Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";
import { formatTime } from "@/lib/services/format";

/** `lang`: the page's; a schedule's own note and a venue's name, address and access notes stay as written. */
export function OpeningTimes({ schedules, lang = "en" }: { schedules: FullListing["schedules"]; lang?: Language }) {
  if (!schedules.length) return <p>{t(lang, "times.none")}</p>;
  const time = (hhmm: string | null) => timeIn(lang, hhmm, formatTime(hhmm));
  return (
    <ul className="space-y-1">
      {schedules.map((s) => (
        <li key={s.id}>
          <span className="font-semibold">{formatDaysIn(lang, s.byday)}</span>
          {s.opensAt && `, ${t(lang, "times.range", { from: time(s.opensAt), to: time(s.closesAt) })}`}
          {s.freq === "MONTHLY" && ` ${t(lang, "times.monthly")}`}
          {s.termTimeOnly && ` ${t(lang, "times.termOnly")}`}
          {s.description && (
            <span className="block text-base text-muted" {...asWrittenProps(lang)}>
              {s.description}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function Locations({
  locations,
  lang = "en",
}: {
  locations: FullListing["serviceAtLocations"];
  lang?: Language;
}) {
  if (!locations.length) return <p>{t(lang, "where.none")}</p>;
  return (
    <ul className="space-y-4">
      {locations.map(({ location }) => (
        <li key={location.id}>
          <p className="font-semibold" {...asWrittenProps(lang)}>
            {location.name}
          </p>
          {location.addresses.map((a) => (
            <address key={a.id} className="not-italic" {...asWrittenProps(lang)}>
              {[a.address1, a.address2, a.city, a.postalCode].filter(Boolean).join(", ")}
            </address>
          ))}
          {location.accessibility.length > 0 && (
            <>
              <p className="mt-1 text-base font-semibold">{t(lang, "where.access")}</p>
              <ul className="list-disc ps-6 text-base" {...asWrittenProps(lang)}>
                {location.accessibility.map((a) => (
                  <li key={a.id}>{a.description}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
