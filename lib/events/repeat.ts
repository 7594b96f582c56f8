// "Does it repeat?" as plain choices on the form, and the RFC 5545 RRULE they make. Only what a
// council event needs: weekly, every two weeks or monthly (same date), ending on a date or after a
// number of times, so the rule always ends and the feed never lists an event forever.
export const REPEAT_CHOICES = ["none", "weekly", "fortnightly", "monthly"] as const;
export type RepeatChoice = (typeof REPEAT_CHOICES)[number];
export const REPEAT_LABELS: Record<RepeatChoice, string> = {
  none: "It does not repeat",
  weekly: "Every week",
  fortnightly: "Every 2 weeks",
  monthly: "Every month, on the same date",
};
export const REPEAT_ENDS = ["until", "count"] as const;
export type RepeatEnd = (typeof REPEAT_ENDS)[number];
export const MAX_REPEATS = 104;

export type Repeat =
  | { choice: "none" }
  | { choice: Exclude<RepeatChoice, "none">; end: "until"; until: string }
  | { choice: Exclude<RepeatChoice, "none">; end: "count"; count: number };

const FREQ: Record<Exclude<RepeatChoice, "none">, string> = {
  weekly: "FREQ=WEEKLY",
  fortnightly: "FREQ=WEEKLY;INTERVAL=2",
  monthly: "FREQ=MONTHLY",
};

/**
 * The RRULE for the choices, or null when it does not repeat. UNTIL is the end of the last day in
 * UTC (RFC 5545 asks for UTC when the start has a time zone), so an event on that day is included.
 */
export function buildRrule(repeat: Repeat): string | null {
  if (repeat.choice === "none") return null;
  const end = repeat.end === "count" ? `COUNT=${repeat.count}` : `UNTIL=${repeat.until.replaceAll("-", "")}T235959Z`;
  return `${FREQ[repeat.choice]};${end}`;
}

/** The form's choices back from a stored RRULE (to edit an event); anything else reads as "none". */
export function readRrule(rrule: string | null | undefined): Repeat {
  if (!rrule) return { choice: "none" };
  const parts = Object.fromEntries(rrule.split(";").map((p) => p.split("=") as [string, string]));
  const choice: RepeatChoice | undefined =
    parts.FREQ === "MONTHLY"
      ? "monthly"
      : parts.FREQ === "WEEKLY"
        ? parts.INTERVAL === "2"
          ? "fortnightly"
          : "weekly"
        : undefined;
  if (!choice) return { choice: "none" };
  if (parts.COUNT && /^\d+$/.test(parts.COUNT)) return { choice, end: "count", count: Number(parts.COUNT) };
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(parts.UNTIL ?? "");
  if (until) return { choice, end: "until", until: `${until[1]}-${until[2]}-${until[3]}` };
  return { choice: "none" };
}

/** "Every week until 31 March 2027", "Every month, 6 times" (for the event page). */
export function describeRepeat(repeat: Repeat): string | null {
  if (repeat.choice === "none") return null;
  const what = REPEAT_LABELS[repeat.choice].replace(", on the same date", "");
  if (repeat.end === "count") return `${what}, ${repeat.count} times`;
  const until = new Date(`${repeat.until}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return `${what} until ${until}`;
}
