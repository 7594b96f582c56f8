// The results page's postcode field and distances in miles. Pure, so the form, both engines' callers
// and the tests read a postcode and show a distance the same way.
import type { Centroid } from "./postcode-districts";

export type ParsedPostcode = { kind: "full" | "district"; postcode: string; outward: string };

/** The "within" choices, in miles. */
export const WITHIN_MILES = [1, 3, 5, 10] as const;
export type WithinMiles = (typeof WITHIN_MILES)[number];

export const KM_PER_MILE = 1.609344;
/** The longest thing worth keeping from the field: a full postcode with a space is 8 characters. */
export const MAX_POSTCODE_LENGTH = 10;

const FULL = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** "fy4  2ab" → FY4 2AB (full), "fy4" → FY4 (district); anything else is not a postcode. */
export function parsePostcode(raw: string): ParsedPostcode | undefined {
  const squeezed = raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
  const full = FULL.exec(squeezed);
  if (full) return { kind: "full", postcode: `${full[1]} ${full[2]}`, outward: full[1] };
  if (DISTRICT.test(squeezed)) return { kind: "district", postcode: squeezed, outward: squeezed };
  return undefined;
}

/** What the field shows back: the postcode tidied when it is one, otherwise what was typed, trimmed. */
export function tidyPostcodeInput(raw: string): string {
  return (
    parsePostcode(raw)?.postcode ??
    raw
      .replace(/[^A-Za-z0-9 ]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .toUpperCase()
      .slice(0, MAX_POSTCODE_LENGTH)
  );
}

/** Great-circle distance in whole metres, the unit both engines sort by (so ties are the same ties). */
export function distanceMetres(a: Centroid, b: Centroid): number {
  // Written out as the PostgreSQL engine writes it (nearestMetresSql), operation for operation.
  const rad = Math.PI / 180;
  const sLat = Math.sin(((b.lat - a.lat) * rad) / 2);
  const sLng = Math.sin(((b.lng - a.lng) * rad) / 2);
  const h = sLat * sLat + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * sLng * sLng;
  return Math.round(12_742_000 * Math.asin(Math.sqrt(h)));
}

/** The nearest of a service's venues, in metres; undefined when it has none (online or at home). */
export function nearestMetres(from: Centroid, venues: readonly Centroid[]): number | undefined {
  let best: number | undefined;
  for (const v of venues) {
    const d = distanceMetres(from, v);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/** Miles as shown: tenths under 10 miles, whole miles from 10; undefined under a tenth of a mile. */
export function roundedMiles(metres: number): number | undefined {
  const miles = metres / 1000 / KM_PER_MILE;
  if (miles < 0.05) return undefined;
  const tenths = Math.round(miles * 10) / 10;
  return tenths < 10 ? tenths : Math.round(miles);
}

/** "1.2 miles": one decimal under 10 miles, whole miles from 10 (English; the card uses the catalogue). */
export function formatMiles(metres: number): string {
  const miles = roundedMiles(metres);
  if (miles === undefined) return "Less than 0.1 miles";
  if (miles >= 10) return `${miles} miles`;
  return miles === 1 ? "1 mile" : `${miles.toFixed(1)} miles`;
}
