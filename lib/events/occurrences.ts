// Every date an event happens within a window, expanded from its RRULE by the rrule library. The
// rule is expanded on UK wall-clock times, then each is turned into its instant, so a 10:00 group
// stays at 10:00 after the clocks change (RFC 5545: a rule with a TZID repeats in local time).
import { RRule } from "rrule";
import { fromLondonWall, toLondonWall, utcAsWall, wallAsUtc } from "./london-time";

export type EventTimes = { startsAt: Date; endsAt: Date; rrule: string | null };
export type Occurrence = { startsAt: Date; endsAt: Date };

/** How far ahead the public pages and the feed look. */
export const LOOKAHEAD_MONTHS = 3;
/** Never expand more than this many dates for one event (a rule is at most 104 times anyway). */
const MAX_OCCURRENCES = 200;

/** The occurrences that have not ended by `from` and start before `to`, earliest first. */
export function expandOccurrences(event: EventTimes, from: Date, to: Date): Occurrence[] {
  const length = event.endsAt.getTime() - event.startsAt.getTime();
  const starts = event.rrule ? repeatStarts(event, from, to, length) : [event.startsAt];
  return starts
    .map((startsAt) => ({ startsAt, endsAt: new Date(startsAt.getTime() + length) }))
    .filter((o) => o.endsAt > from && o.startsAt < to)
    .slice(0, MAX_OCCURRENCES);
}

function repeatStarts(event: EventTimes, from: Date, to: Date, length: number): Date[] {
  let options;
  try {
    options = RRule.parseString(event.rrule as string);
  } catch {
    return [event.startsAt];
  }
  const rule = new RRule({ ...options, dtstart: wallAsUtc(toLondonWall(event.startsAt)) });
  // Floating times are at most an hour from real ones: widen the window by a day each side.
  const day = 86_400_000;
  const fromWall = wallAsUtc(toLondonWall(new Date(from.getTime() - length - day)));
  const toWall = wallAsUtc(toLondonWall(new Date(to.getTime() + day)));
  return rule.between(fromWall, toWall, true).map((d) => fromLondonWall(utcAsWall(d)));
}

/** The window from now to LOOKAHEAD_MONTHS ahead. */
export function upcomingWindow(now: Date): { from: Date; to: Date } {
  const to = new Date(now);
  to.setUTCMonth(to.getUTCMonth() + LOOKAHEAD_MONTHS);
  return { from: now, to };
}
