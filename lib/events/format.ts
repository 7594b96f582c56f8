// How an event's date, time, place and cost read on the pages. Pure; UK time.
const DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});
const TIME = new Intl.DateTimeFormat("en-GB", {
  hour: "numeric",
  minute: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});
const time = (d: Date) => TIME.format(d).replace(":00", "").replace(" ", "");

/** "Wednesday 6 January 2027, 10am to 11:30am" or "Monday 5 April 2027 (all day)". */
export function formatOccurrence(o: { startsAt: Date; endsAt: Date }, allDay: boolean): string {
  const startDay = DAY.format(o.startsAt);
  const endDay = DAY.format(o.endsAt);
  if (allDay) return startDay === endDay ? `${startDay} (all day)` : `${startDay} to ${endDay}`;
  if (startDay === endDay) return `${startDay}, ${time(o.startsAt)} to ${time(o.endsAt)}`;
  return `${startDay}, ${time(o.startsAt)} to ${endDay}, ${time(o.endsAt)}`;
}

export const formatCost = (e: { isFree: boolean; cost: string | null }) =>
  e.isFree ? "Free" : e.cost || "There is a cost";
