// Finding a UK postcode or outward code in free text, and distances between points. Pure.
import { POSTCODE_DISTRICTS, type Centroid } from "./postcode-districts";

export type FoundPostcode = {
  /** Exactly as it appeared in the text, so it can be removed from it. */
  match: string;
  outward: string;
  full: boolean;
  centroid?: Centroid;
};

// Outward code (area letters, district digit(s), optional letter) and an optional inward code.
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)(?:\s*(\d[A-Z]{2}))?\b/gi;

export function findPostcode(text: string): FoundPostcode | undefined {
  for (const m of text.matchAll(POSTCODE)) {
    const outward = m[1].toUpperCase();
    const full = Boolean(m[2]);
    const centroid = POSTCODE_DISTRICTS[outward];
    // A bare outward code only counts when we know it, so "a1" or "b12" vitamins stay words;
    // a full postcode always counts (it is personal data and must never be searched for or logged).
    if (centroid || full) return { match: m[0], outward, full, centroid };
  }
  return undefined;
}

/** Every full postcode and every known outward code in the text, for scrubbing logs. */
export function removePostcodes(text: string, replacement = ""): string {
  return text.replace(POSTCODE, (whole, outward: string, inward?: string) =>
    inward || POSTCODE_DISTRICTS[outward.toUpperCase()] ? replacement : whole,
  );
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: Centroid, b: Centroid): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
