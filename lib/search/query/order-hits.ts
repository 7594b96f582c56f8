// Orders that Meilisearch cannot give by itself, worked out here from a whole result set: nearest venue
// first (its `_geo` holds one point, and a service may run at several venues), and A to Z among matches
// for words (its sort comes after relevance). The keys are the PostgreSQL engine's ORDER BY, so both
// engines list the same services in the same order. Pure.
import { nearestMetres } from "@/lib/geo/postcode-field";

export type OrderableHit = { id: string; name: string; locations?: { lat: number; lng: number }[] };

/** Each hit's nearest venue in metres (undefined: no venue). */
export function distancesFrom(near: { lat: number; lng: number }, hits: readonly OrderableHit[]) {
  return new Map(hits.map((h) => [h.id, nearestMetres(near, h.locations ?? [])]));
}

// PostgreSQL's C.UTF-8 collation: code point order, as `<` on strings without surrogates.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `name ASC, id ASC`. */
export function compareByName(a: OrderableHit, b: OrderableHit): number {
  return byText(a.name, b.name) || byText(a.id, b.id);
}

/** `dist ASC NULLS LAST, name ASC, id ASC`. */
export function compareByDistance(distances: ReadonlyMap<string, number | undefined>) {
  return (a: OrderableHit, b: OrderableHit): number => {
    const da = distances.get(a.id) ?? Infinity;
    const db = distances.get(b.id) ?? Infinity;
    return da - db || compareByName(a, b);
  };
}
