// What makes two listings look like the same service, reduced to comparable keys: phone numbers
// as digits (+44 and 0 alike), email addresses in lower case, a website without its scheme, "www." or
// trailing slash, and postcodes without spaces. Pure: unit-tested; data.ts compares them in SQL.
import type { ListingInput } from "@/lib/services/schema";

/** Names at least this similar (PostgreSQL pg_trgm similarity, 0 to 1) count as "similar". */
export const SIMILAR_NAME = 0.5;

export type DuplicateKeys = {
  name: string;
  phones: string[];
  emails: string[];
  website: string;
  postcodes: string[];
};

export type DuplicateReason = "organisation" | "phone" | "email" | "website" | "postcode";

export const REASON_WORDS: Record<DuplicateReason, string> = {
  organisation: "same organisation and a similar name",
  phone: "same phone number",
  email: "same email address",
  website: "same website",
  postcode: "same postcode and a similar name",
};

export function normalisePhone(number: string): string {
  // +44 and a national 0 are the same number, also written "+44 (0)1632…".
  const digits = "0" + number.replace(/\D/g, "").replace(/^44/, "").replace(/^0+/, "");
  // A fragment ("123") matches too much to mean anything.
  return digits.length >= 7 ? digits : "";
}

export function normaliseWebsite(url: string | null | undefined): string {
  if (!url) return "";
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/\/+$/, "");
}

export const normalisePostcode = (postcode: string) => postcode.replace(/\s+/g, "").toUpperCase();

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

export function duplicateKeys(listing: ListingInput): DuplicateKeys {
  const contacts = listing.contacts ?? [];
  return {
    name: listing.name.trim(),
    phones: unique(contacts.flatMap((c) => (c.phones ?? []).map((p) => normalisePhone(p.number)))),
    emails: unique([listing.email ?? "", ...contacts.map((c) => c.email ?? "")].map((e) => e.trim().toLowerCase())),
    website: normaliseWebsite(listing.url),
    postcodes: unique((listing.locations ?? []).map((l) => normalisePostcode(l.postcode))),
  };
}

/** "same phone number and same website" */
export function describeReasons(reasons: DuplicateReason[]): string {
  const words = reasons.map((r) => REASON_WORDS[r]);
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : (words[0] ?? "");
}
