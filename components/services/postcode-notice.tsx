import type { LocatedPostcode } from "@/lib/geo/locate-postcode";
import type { Language } from "@/lib/i18n/languages";
import { t } from "@/lib/i18n/translate";

/**
 * Above the results: a postcode we could not find (the results are still shown, without distances), one
 * no longer in use, or how exact the distances are. The postcode is shown back as the person typed it,
 * tidied: React escapes it, and it never reaches a log.
 */
export function PostcodeNotice({
  postcode,
  nearestFirst,
  lang,
}: {
  postcode: LocatedPostcode;
  /** The results are in distance order (chosen, or a postcode with no words): say so. */
  nearestFirst: boolean;
  lang: Language;
}) {
  const place = postcode.place;
  if (!place)
    return (
      <p className="mt-3 border-s-4 border-warning bg-panel p-3 font-bold" role="status">
        {t(lang, "results.postcodeUnknown", { postcode: postcode.typed })}
      </p>
    );
  return (
    <p className="mt-2 border-s-4 border-line ps-3 text-base">
      {place.endedIn
        ? t(lang, "results.postcodeEnded", { postcode: place.postcode })
        : place.precision === "district"
          ? t(lang, "results.postcodeDistrict", { district: place.outward })
          : t(lang, "results.distancesFrom", { postcode: place.postcode })}
      {nearestFirst && ` ${t(lang, "results.nearestFirst")}`}
    </p>
  );
}
