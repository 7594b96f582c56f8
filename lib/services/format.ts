// Plain-words formatting of listing fields, shared by pages, cards and structured data.
import type { DAYS } from "./schema";

export const DAY_NAMES: Record<(typeof DAYS)[number], string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};

export const ACCESS_LABELS = {
  self_refer: "You can contact them yourself",
  referral: "You need a referral",
  drop_in: "Drop in, no appointment needed",
} as const;

export const COST_LABELS = { free: "Free", paid: "There is a cost", ask: "Ask about costs" } as const;

export const STATUS_LABELS = {
  active: "Open",
  inactive: "Not running at the moment",
  defunct: "This service has closed",
  temporarily_closed: "Temporarily closed",
} as const;

export function formatAgeRange(min: number, max: number): string {
  if (min === 0 && max >= 25) return "All ages, 0 to 25";
  if (min === 0) return `Birth to ${max}`;
  if (min === max) return `Age ${min}`;
  return `Ages ${min} to ${max}`;
}

export function formatDays(byday: string): string {
  const days = byday.split(",").filter(Boolean) as (keyof typeof DAY_NAMES)[];
  if (days.join(",") === "MO,TU,WE,TH,FR") return "Monday to Friday";
  return days.map((d) => DAY_NAMES[d] ?? d).join(", ");
}

/** "09:00" → "9am", "16:30" → "4:30pm": the way times are written on GOV.UK. */
export function formatTime(hhmm: string | null | undefined): string {
  if (!hhmm) return "";
  const [h, m] = hhmm.split(":").map(Number);
  if (h === 12 && m === 0) return "midday";
  const suffix = h >= 12 ? "pm" : "am";
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m ? `${hour}:${String(m).padStart(2, "0")}${suffix}` : `${hour}${suffix}`;
}

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "";
  return new Date(d).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
}

export function formatMoney(amount: number | string | { toString(): string } | null | undefined): string {
  if (amount === null || amount === undefined) return "";
  const n = Number(amount.toString());
  return n === 0 ? "Free" : `£${n.toFixed(2).replace(/\.00$/, "")}`;
}

/** tel: links need the number without spaces or words. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}
