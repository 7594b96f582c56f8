// Listing fields whose words come from code, not from the listing, in the reader's language.
import type { Language } from "./languages";
import { t } from "./translate";

export function formatAgeRangeIn(lang: Language, min: number, max: number): string {
  if (min === 0 && max >= 25) return t(lang, "age.all");
  if (min === 0) return t(lang, "age.birthTo", { max });
  if (min === max) return t(lang, "age.single", { min });
  return t(lang, "age.range", { min, max });
}

export const costLabel = (lang: Language, cost: "free" | "paid" | "ask") => t(lang, `cost.${cost}`);
export const accessLabel = (lang: Language, access: "self_refer" | "referral" | "drop_in") =>
  t(lang, `access.${access}`);
export const statusLabel = (lang: Language, status: "active" | "inactive" | "defunct" | "temporarily_closed") =>
  t(lang, `status.${status}`);
export const dayName = (lang: Language, day: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU") => t(lang, `day.${day}`);

type Day = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

/** "MO,TU,WE,TH,FR" → "Monday to Friday" (in the reader's language); other days listed by name. */
export function formatDaysIn(lang: Language, byday: string): string {
  const days = byday.split(",").filter(Boolean);
  if (days.join(",") === "MO,TU,WE,TH,FR") return t(lang, "times.weekdays");
  const known = new Set(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
  return days.map((d) => (known.has(d) ? dayName(lang, d as Day) : d)).join(", ");
}

/** English writes "9am" (GOV.UK style, `english`); Polish and Arabic readers expect the 24-hour "09:00". */
export const timeIn = (lang: Language, hhmm: string | null | undefined, english: string) =>
  lang === "en" || !hhmm ? english : hhmm.slice(0, 5);
