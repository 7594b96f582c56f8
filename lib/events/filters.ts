// The filters on /events (need, age, area, free) read from the query string, and the occurrences
// that match, grouped by month. Pure: unknown values are dropped, never an error.
import { AREA_CODES } from "@/lib/services/schema";
import { AGE_GROUP_TERMS } from "@/lib/taxonomy/vocabulary";
import { toLondonWall } from "./london-time";
import { expandOccurrences, type Occurrence } from "./occurrences";
import { NEED_CODES } from "./schema";

export type EventFilters = { need?: string; age?: string; area?: string; free: boolean };
type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

export function parseEventFilters(params: Params): EventFilters {
  const need = first(params.need);
  const age = first(params.age);
  const area = first(params.area);
  return {
    need: NEED_CODES.includes(need) ? need : undefined,
    age: AGE_GROUP_TERMS.some((g) => g.code === age) ? age : undefined,
    area: (AREA_CODES as readonly string[]).includes(area) ? area : undefined,
    free: first(params.free) === "yes",
  };
}

export type FilterableEvent = {
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
  needs: string[];
  areas: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  isFree: boolean;
};

/** No needs or areas given means "for everyone" and "anywhere": it matches every filter. */
export function matchesFilters(e: FilterableEvent, f: EventFilters): boolean {
  if (f.free && !e.isFree) return false;
  if (f.need && e.needs.length && !e.needs.includes(f.need)) return false;
  if (f.area && e.areas.length && !e.areas.includes(f.area) && !e.areas.includes("whole")) return false;
  if (f.age) {
    const group = AGE_GROUP_TERMS.find((g) => g.code === f.age)!;
    if ((e.maximumAge ?? 25) < group.min || (e.minimumAge ?? 0) > group.max) return false;
  }
  return true;
}

export type MonthGroup<T> = { key: string; label: string; items: (Occurrence & { event: T })[] };

/** Every occurrence in the window of every matching event, earliest first, in months (UK time). */
export function groupByMonth<T extends FilterableEvent>(
  events: T[],
  filters: EventFilters,
  window: { from: Date; to: Date },
): MonthGroup<T>[] {
  const items = events
    .filter((e) => matchesFilters(e, filters))
    .flatMap((event) => expandOccurrences(event, window.from, window.to).map((o) => ({ ...o, event })))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const months = new Map<string, MonthGroup<T>>();
  for (const item of items) {
    const w = toLondonWall(item.startsAt);
    const key = `${w.year}-${String(w.month).padStart(2, "0")}`;
    const label = new Date(Date.UTC(w.year, w.month - 1, 15)).toLocaleDateString("en-GB", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    if (!months.has(key)) months.set(key, { key, label, items: [] });
    months.get(key)!.items.push(item);
  }
  return [...months.values()];
}
