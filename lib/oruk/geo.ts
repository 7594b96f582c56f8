// Distances for the `proximity` filter. There is no postcode lookup offline, so a postcode's
// centre is the mean position of our own venues in that postcode (or its district).
export type Point = { latitude: number; longitude: number };

export function centroid(points: { latitude: number | null; longitude: number | null }[]): Point | undefined {
  const located = points.filter((p): p is Point => p.latitude !== null && p.longitude !== null);
  if (!located.length) return undefined;
  return {
    latitude: located.reduce((s, p) => s + p.latitude, 0) / located.length,
    longitude: located.reduce((s, p) => s + p.longitude, 0) / located.length,
  };
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
