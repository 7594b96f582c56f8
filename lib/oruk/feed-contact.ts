// How families reach an imported service, when the record has no contact of its own: the
// organisation's email, phones and website, then links, emails and UK phone numbers written in the
// description (which stays as written). With none anywhere the listing is still imported, as a
// draft that needs contact details (never published by --publish). Pure.
import { decode } from "html-entities";
import type { ListingInput } from "@/lib/services/schema";
import { htmlToLine, truncateText } from "./clean-text";
import { emailAddress, isRecord, records, str, webAddress, type FeedRecord } from "./feed-fields";

type Contacts = ListingInput["contacts"];
export type ContactFallback = { contacts: Contacts; url?: string; needsContact: boolean };

/** The title of the one contact a listing without any contact details is saved with. */
export const NO_CONTACT_TITLE = "No contact details yet";

export function phonesOf(list: unknown): { number: string }[] {
  return records(list)
    .map((p) => ({ number: str(p.number) }))
    .filter((p) => p.number.length >= 3 && p.number.length <= 40);
}

// A UK number as people write it: 01724 296800, (01652) 123456, 0800 123 4567, +44 (0)1724 297000.
const PHONE = /(?:\+44\s?(?:\(0\)\s?)?|\(0|\b0)\d[\d\s()-]{7,14}\d/g;
const LINK = /\bhttps?:\/\/[^\s<>"'()[\]{}]+/gi;
const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Links (http and https only), email addresses and real-looking UK phone numbers in some text. */
export function contactsInText(text: string): { phones: string[]; links: string[]; emails: string[] } {
  const phones = [...text.matchAll(PHONE)]
    .map((m) => m[0].trim())
    .filter((number) => {
      const digits = number.replace(/\D/g, "").replace(/^440?/, "0");
      // 10 or 11 digits starting 01, 02, 03, 05, 07 or 08: not a year range, a price or a reference.
      return /^0[123578]\d{8,9}$/.test(digits) && (number.match(/[()]/g)?.length ?? 0) % 2 === 0;
    });
  const links = [...text.matchAll(LINK)]
    .map((m) => webAddress(m[0].replace(/[.,;:!?]+$/, "")))
    .filter((u): u is string => !!u);
  const emails = [...text.matchAll(EMAIL)]
    .map((m) => emailAddress(m[0].replace(/[.]+$/, "")))
    .filter((e): e is string => !!e);
  return { phones: unique(phones), links: unique(links), emails: unique(emails) };
}

const unique = (list: string[]) => [...new Set(list)];

/** The record's own contacts, or one built from its own email and phone numbers; [] when it has none. */
export function serviceContacts(r: FeedRecord, email: string | undefined, derived: string[]): Contacts {
  const fromFeed = records(r.contacts)
    .map((c) => ({
      name: truncateText(htmlToLine(str(c.name)), 120) || undefined,
      title: truncateText(htmlToLine(str(c.title)), 120) || undefined,
      email: emailAddress(c.email),
      phones: phonesOf(c.phones),
    }))
    .filter((c) => c.email || c.phones.length);
  if (fromFeed.length) return fromFeed;
  const phones = phonesOf(r.phones);
  if (!email && !phones.length) return [];
  derived.push("contact: built from the service's own email and phone");
  return [{ title: "General enquiries", email, phones }];
}

/**
 * Contacts for a record with no contact, email or phone of its own: the organisation's email and
 * phones; else the service's own web address (`url`), or the organisation's website; else what the
 * description holds; else one placeholder contact and `needsContact`. `orgName` titles an organisation's contact.
 */
export function fallbackContacts(
  r: FeedRecord,
  orgName: string,
  url: string | undefined,
  derived: string[],
): ContactFallback {
  const o = isRecord(r.organization) ? r.organization : {};
  const orgEmail =
    emailAddress(o.email) ??
    records(o.contacts)
      .map((c) => emailAddress(c.email))
      .find(Boolean);
  const orgPhones = [...phonesOf(o.phones), ...records(o.contacts).flatMap((c) => phonesOf(c.phones))].slice(0, 5);
  if (orgEmail || orgPhones.length) {
    derived.push(
      `contact: the organisation's ${orgEmail ? "email" : "phone"}${orgEmail && orgPhones.length ? " and phone" : ""}, as the service gave none`,
    );
    return {
      contacts: [{ title: truncateText(orgName, 120), email: orgEmail, phones: orgPhones }],
      url,
      needsContact: false,
    };
  }
  const website = [{ title: "Through the service's website", phones: [] }];
  if (url) return { contacts: website, url, needsContact: false };
  const orgSite = webAddress(o.website) ?? webAddress(o.url);
  if (orgSite) {
    derived.push("contact: the organisation's website, as the service gave no contact details");
    return {
      contacts: [{ title: "Through the organisation's website", phones: [] }],
      url: orgSite,
      needsContact: false,
    };
  }
  // The raw HTML too: a mailto: link's address is not in the text when the link says "email us".
  const raw = str(r.description);
  const found = contactsInText(`${decode(raw.replace(/<[^>]*>/g, " "))}\n${decode(raw)}`);
  const phones = found.phones.slice(0, 5).map((number) => ({ number }));
  if (found.emails.length || phones.length || found.links.length) {
    derived.push("contact: found in the description, as neither the service nor its organisation gave any");
    const contacts: Contacts =
      found.emails.length || phones.length ? [{ title: "General enquiries", email: found.emails[0], phones }] : website;
    return { contacts, url: found.links[0], needsContact: false };
  }
  derived.push("contact: none in the record, its organisation or its description, so it needs contact details");
  return { contacts: [{ title: NO_CONTACT_TITLE, phones: [] }], needsContact: true };
}
