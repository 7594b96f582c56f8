// Events are typed and shown in UK time (Europe/London) and stored as instants. These turn a UK
// date and time into the instant and back, across the clocks changing, without a time-zone library:
// the runtime's Intl data knows when British Summer Time starts and ends.
export const EVENT_TIMEZONE = "Europe/London";

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: EVENT_TIMEZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

/** The UK date and time on the wall clock at an instant. */
export function toLondonWall(instant: Date): WallTime {
  const p = Object.fromEntries(PARTS.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute };
}

/** Minutes UK time is ahead of UTC at an instant: 0 in winter, 60 in summer. */
function offsetMinutes(instant: Date): number {
  const w = toLondonWall(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a UK wall-clock time happens. A time the clocks skip (01:30 on the last Sunday in
 * March) comes out an hour later, as clocks show it; a time that happens twice takes the first.
 */
export function fromLondonWall(w: WallTime): Date {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const same = (t: number) => {
    const x = toLondonWall(new Date(t));
    return x.year === w.year && x.month === w.month && x.day === w.day && x.hour === w.hour && x.minute === w.minute;
  };
  // UK time is UTC or UTC+1: the instant is one of these two, the earlier when both fit.
  const fits = [guess - 3_600_000, guess].filter(same);
  if (fits.length) return new Date(fits[0]);
  // Skipped by the clocks going forward: read with the offset from before the change.
  return new Date(guess - offsetMinutes(new Date(guess - 86_400_000)) * 60_000);
}

/** A wall-clock time as a "floating" Date whose UTC fields are the UK fields (what rrule expands). */
export const wallAsUtc = (w: WallTime) => new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
export const utcAsWall = (d: Date): WallTime => ({
  year: d.getUTCFullYear(),
  month: d.getUTCMonth() + 1,
  day: d.getUTCDate(),
  hour: d.getUTCHours(),
  minute: d.getUTCMinutes(),
});

const pad = (n: number, size = 2) => String(n).padStart(size, "0");
/** "2026-03-29" for the UK date of an instant (the form's date field). */
export const londonDate = (instant: Date) => {
  const w = toLondonWall(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
};
/** "09:30" for the UK time of an instant (the form's time field). */
export const londonTime = (instant: Date) => {
  const w = toLondonWall(instant);
  return `${pad(w.hour)}:${pad(w.minute)}`;
};
