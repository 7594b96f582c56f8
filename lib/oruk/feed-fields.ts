// Small, forgiving readers for fields of other directories' records, which arrive with empty
// strings for "none", web addresses without a scheme, times with seconds and time zones, and
// ages written into the description. Pure functions; each says what it could not use.
import { z } from "zod";
import { safeHref } from "@/lib/services/safe-href";
import { DAYS } from "@/lib/services/schema";
import { cleanChars } from "./clean-text";

export type FeedRecord = Record<string, unknown>;

export const isRecord = (v: unknown): v is FeedRecord => typeof v === "object" && v !== null && !Array.isArray(v);

/** A trimmed, cleaned string, or "" for null, empty, non-text values. Numbers become their digits. */
export function str(v: unknown): string {
  if (typeof v === "string") return cleanChars(v).trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

export const records = (v: unknown): FeedRecord[] => (Array.isArray(v) ? v.filter(isRecord) : []);

const urlSchema = z.url({ protocol: /^https?$/ });
const emailSchema = z.email();

/** A web address, fixing a missing or upper-case scheme ("www.x.org" → "https://www.x.org"). */
export function webAddress(raw: unknown): string | undefined {
  let url = str(raw);
  // Longer than a listing's link may be (2000): left out, and still in the audit entry's record.
  if (!url || url.length > 2000) return undefined;
  if (/^https?:\/\//i.test(url)) url = url.replace(/^https?/i, (s) => s.toLowerCase());
  else if (/^[\w-]+(\.[\w-]+)+(\/|$)/.test(url)) url = `https://${url}`;
  // safeHref is the check every listing link passes; a website must also be on the web (http or https).
  return urlSchema.safeParse(url).success ? safeHref(url) : undefined;
}

export function emailAddress(raw: unknown): string | undefined {
  const email = str(raw).replace(/^mailto:/i, "");
  return email && emailSchema.safeParse(email).success ? email : undefined;
}

export function isoDate(raw: unknown): string | undefined {
  const s = str(raw).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) ? s : undefined;
}

/** "09:00", "09:00:00", "09:00:00Z", "9:00+01:00" → "09:00"; anything else → undefined. */
export function clockTime(raw: unknown): string | undefined {
  const m = /^(\d{1,2}):(\d{2})/.exec(str(raw));
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${m[1].padStart(2, "0")}:${m[2]}`;
}

const DAY_NAMES: Record<string, (typeof DAYS)[number]> = {
  mo: "MO",
  mon: "MO",
  monday: "MO",
  tu: "TU",
  tue: "TU",
  tues: "TU",
  tuesday: "TU",
  we: "WE",
  wed: "WE",
  wednesday: "WE",
  th: "TH",
  thu: "TH",
  thur: "TH",
  thurs: "TH",
  thursday: "TH",
  fr: "FR",
  fri: "FR",
  friday: "FR",
  sa: "SA",
  sat: "SA",
  saturday: "SA",
  su: "SU",
  sun: "SU",
  sunday: "SU",
};

/** "MO,WE", "Monday", ["Tuesday"] → ["MO", "WE"]; unknown words are dropped. */
export function days(raw: unknown): (typeof DAYS)[number][] {
  const words = (Array.isArray(raw) ? raw.map(str) : str(raw).split(/[,\s]+/)).map((w) =>
    w.toLowerCase().replace(/\.$/, ""),
  );
  return [...new Set(words.map((w) => DAY_NAMES[w]).filter((d) => d !== undefined))];
}

export type AgeRange = { min: number; max: number; said: string };

const AGE_RANGE = new RegExp(
  String.raw`\b(?:aged?|ages)\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b` +
    String.raw`|\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*(?:years?|yrs?)\b`,
  "i",
);

/**
 * Ages written in a description: "aged 5 to 11", "ages 0-4", "11-16 year olds", "over 18",
 * "under 5s". Returns what the text said, so an out-of-range answer can be reported, not hidden.
 */
export function agesInText(text: string): AgeRange | undefined {
  const range = AGE_RANGE.exec(text);
  if (range) {
    const min = Number(range[1] ?? range[3]);
    const max = Number(range[2] ?? range[4]);
    if (min <= max) return { min, max, said: range[0] };
  }
  const over = /\b(?:over|aged)\s+(?:the\s+age\s+of\s+)?(\d{1,2})s?\b|\b(\d{1,2})\s*\+|\b(\d{1,2}) and over\b/i.exec(
    text,
  );
  if (over) return { min: Number(over[1] ?? over[2] ?? over[3]), max: 25, said: over[0] };
  const under = /\bunder\s+(\d{1,2})s?\b/i.exec(text);
  if (under && Number(under[1]) > 0) return { min: 0, max: Number(under[1]) - 1, said: under[0] };
  return undefined;
}

const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
export const isUkPostcode = (s: string) => UK_POSTCODE.test(s.trim());
