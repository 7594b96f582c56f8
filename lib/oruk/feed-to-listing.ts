// Maps one service record from another directory's Open Referral feed (UK 3.0, or the older v1
// "list" shape many councils still publish) into our ListingInput. Our listings ask for more
// than most feeds hold (who it is for, a plain summary, how to get it, ages, an area), so some
// fields are derived: every derivation is written into `derived` for the officer who reviews
// the draft, and what does not map is kept as tags. Pure: no database.
import type { Listing, ListingInput } from "@/lib/services/schema";
import { capListingLists } from "./cap-lists";
import { firstSentences, htmlToLine, htmlToText, truncateText } from "./clean-text";
import { agesInText, emailAddress, isoDate, isRecord, records, str, webAddress, type FeedRecord } from "./feed-fields";
import { fallbackContacts, serviceContacts } from "./feed-contact";
import { mapLocations, mapSchedules } from "./feed-places";
import { parseOrRepair, recordId, shorten } from "./feed-repair";
import { guessOrganisationKind, mapTags } from "./vocabulary-map";
import { deliveryFromText } from "@/lib/services/service-features";

export type MappedOrganisation = {
  sourceId: string;
  name: string;
  description: string;
  kind: ReturnType<typeof guessOrganisationKind>;
  email?: string;
  website?: string;
  logo?: string;
  uri?: string;
};

export type MappedRecord = {
  sourceId: string;
  organisation: MappedOrganisation;
  listing: Listing;
  derived: string[];
  /** No way to contact the service anywhere in the record: imported as a draft, never published by --publish. */
  needsContact: boolean;
  /** The full text of fields shortened to fit, by field name: kept in the audit entry. */
  shortened: Record<string, string>;
};
export type MapResult =
  { ok: true; record: MappedRecord } | { ok: false; sourceId: string; name: string; reason: string };

const UNKNOWN_ORGANISATION = "__no_organisation__";
const DESCRIPTION_MAX = 8000;
const STATUS: Record<string, Listing["status"]> = {
  active: "active",
  inactive: "inactive",
  defunct: "defunct",
  "temporarily closed": "temporarily_closed",
  temporarily_closed: "temporarily_closed",
};

export function mapFeedRecord(r: FeedRecord, sourceName: string): MapResult {
  const fullName = htmlToLine(str(r.name));
  if (!fullName)
    return {
      ok: false,
      sourceId: str(r.id).slice(0, 200) || "(no id)",
      name: "",
      reason: "The record has no service name.",
    };
  const derived: string[] = [];
  const shortened: Record<string, string> = {};
  const organisation = mapOrganisation(r, sourceName, derived);
  const sourceId = recordId(r, fullName, organisation.sourceId, derived);
  const name = shorten("name", fullName, 160, shortened, derived);

  let description = htmlToText(str(r.description));
  if (!description) {
    description = `${name}. The source directory gave no description.`;
    derived.push("description: the source had none, so a placeholder was written");
  } else description = shorten("description", description, DESCRIPTION_MAX, shortened, derived);
  const summary = firstSentences(description, 300);
  derived.push("summary: the first sentences of the description");

  const tags = collectTags(r);
  const vocab = mapTags(tags);
  const categories = vocab.categories.length ? vocab.categories : ["advice"];
  if (!vocab.categories.length) derived.push("categories: none mapped, so 'advice'");
  const audiences = records(r.pc_targetAudience)
    .map((a) => str(a.audienceType))
    .filter(Boolean);

  const whoForParts = [
    audiences.length ? `For: ${[...new Set(audiences)].join(", ")}.` : "",
    htmlToText(str(r.pc_attendingAccess_additionalInfo)),
  ];
  const eligibility =
    records(r.eligibilitys)
      .map((e) => str(e.eligibility))
      .filter(Boolean)
      .join(". ") || htmlToText(str(r.eligibility_description));
  let whoFor = [...whoForParts, eligibility].filter(Boolean).join("\n\n");
  if (!whoFor) {
    whoFor =
      "The directory this came from did not say who the service is for: check the description or ask the service.";
    derived.push("who it is for: not in the source, so a plain default");
  }

  const access = accessMethod(r, description);
  if (access.derived) derived.push(access.derived);
  // The feed's own words stay in the tags (collectTags); here they become the delivery filter's codes.
  const attending = [str(r.attending_type), ...records(r.schedules).map((s) => str(s.attending_type))].join(" ");
  const deliveryMethods = deliveryFromText(attending);
  if (deliveryMethods.length)
    derived.push(`how it is delivered: ${deliveryMethods.join(", ")}, from '${attending.trim()}'`);

  const ages = listingAges(r, description);
  derived.push(...ages.derived);

  const cost = costOf(r, description);
  if (cost.derived) derived.push(cost.derived);

  const url = webAddress(r.url);
  if (str(r.url) && !url) derived.push(`web address: '${str(r.url)}' is not a valid address, left out`);
  const email = emailAddress(r.email);
  if (str(r.email) && !email) derived.push(`email: '${str(r.email)}' is not a valid address, left out`);

  let contacts = serviceContacts(r, email, derived);
  let listingUrl = url;
  let needsContact = false;
  if (!contacts.length)
    ({ contacts, url: listingUrl, needsContact } = fallbackContacts(r, organisation.name, url, derived));

  const status = STATUS[str(r.status).toLowerCase()] ?? "active";
  const input: ListingInput = {
    name,
    summary,
    description,
    whoFor: truncateText(whoFor, 2000),
    // No easyRead: Open Referral UK has no easy-read field. One an officer writes later is kept when the
    // feed is imported again, because the feed never changes that field (feed-change.ts).
    status,
    closureMessage:
      status === "temporarily_closed"
        ? truncateText(htmlToLine(str(r.alert)), 500) || "Temporarily closed, says the directory this came from."
        : undefined,
    accessMethod: access.method,
    deliveryMethods,
    referralRoute: access.route,
    eligibility: eligibility ? truncateText(eligibility, 2000) : undefined,
    url: listingUrl,
    email,
    minimumAge: ages.min,
    maximumAge: ages.max,
    costType: cost.type,
    costOptions: cost.options,
    categories,
    needs: vocab.needs,
    areas: ["whole"],
    contacts,
    locations: mapLocations(r, derived),
    schedules: mapSchedules(r, derived),
    languages: records(r.languages)
      .map((l) => ({
        name: str(l.name) || str(l.language),
        code: str(l.code).length <= 8 ? str(l.code) || undefined : undefined,
      }))
      .filter((l) => l.name && l.name.length <= 80),
    tags: [...new Set(vocab.unmapped.map((t) => truncateText(t, 80)))],
    lastCheckedAt: isoDate(r.assured_date) ?? isoDate(isRecord(r.pc_metadata) ? r.pc_metadata.date_assured : undefined),
  };
  derived.push("areas: the whole borough");

  const listing = parseOrRepair(capListingLists(input, derived), derived);
  return { ok: true, record: { sourceId, organisation, listing, derived, needsContact, shortened } };
}

function mapOrganisation(r: FeedRecord, sourceName: string, derived: string[]): MappedOrganisation {
  const o = isRecord(r.organization) ? r.organization : {};
  const sourceId = str(o.id) || str(r.organization_id) || UNKNOWN_ORGANISATION;
  const name = htmlToLine(str(o.name)) || `Unnamed provider from ${sourceName}`;
  if (!str(o.name)) derived.push("organisation: the source named none");
  const website = webAddress(o.website) ?? webAddress(o.url);
  if ((str(o.website) || str(o.url)) && !website)
    derived.push("organisation's web address: not a valid address, left out");
  let description = htmlToText(str(o.description));
  if (!description) description = `${name}: imported from ${sourceName}, which gave no description.`;
  return {
    sourceId,
    name: truncateText(name, 200),
    description: truncateText(description, 4000),
    kind: guessOrganisationKind(name),
    email: emailAddress(o.email),
    website,
    logo: webAddress(o.logo),
    uri: webAddress(o.uri),
  };
}

function collectTags(r: FeedRecord): string[] {
  const tags = [
    ...records(r.pc_targetAudience).map((a) => str(a.audienceType).replace(/\s*>\s*/g, " > ")),
    str(r.deliverable_type),
    str(r.attending_type),
    ...records(r.attributes).map((a) =>
      isRecord(a.taxonomy_term) ? str(a.taxonomy_term.name) || str(a.taxonomy_term.term) : "",
    ),
    ...records(r.service_taxonomys).map((t) => (isRecord(t.taxonomy) ? str(t.taxonomy.name) : "")),
  ];
  return [...new Set(tags.filter(Boolean))];
}

function accessMethod(
  r: FeedRecord,
  description: string,
): { method: Listing["accessMethod"]; route?: string; derived?: string } {
  const said = str(r.attending_access).toLowerCase();
  if (said.includes("drop")) return { method: "drop_in" };
  // A sentence about referral counts unless it says people can refer themselves or need none.
  const referral = description
    .split(/(?<=[.!?])\s+|\n+/)
    .find(
      (s) =>
        /\breferr(?:al|ed|ing)\b/i.test(s) &&
        !/self[- ]?referr|\bno referral|without (?:a )?referral|no need|n[o']t need|not required/i.test(s),
    );
  if (said.includes("assessment") || referral) {
    const route = referral ? truncateText(referral.trim(), 1000) : "By assessment: contact the service to ask how.";
    return { method: "referral", route, derived: "how to get it: 'referral', from the description" };
  }
  return {
    method: "self_refer",
    derived: said ? undefined : "how to get it: not in the source, so 'contact the service yourself'",
  };
}

function listingAges(r: FeedRecord, description: string): { min: number; max: number; derived: string[] } {
  const min = typeof r.minimum_age === "number" && Number.isFinite(r.minimum_age) ? r.minimum_age : undefined;
  const max = typeof r.maximum_age === "number" && Number.isFinite(r.maximum_age) ? r.maximum_age : undefined;
  const fromText = min === undefined && max === undefined ? agesInText(description) : undefined;
  const lo = Math.floor(min ?? fromText?.min ?? 0);
  const hi = Math.ceil(max ?? fromText?.max ?? 25);
  const said = fromText ? `'${fromText.said}' in the description` : `${lo} to ${hi} in the source`;
  if (lo > 25 || hi < 0 || lo > hi)
    return { min: 0, max: 25, derived: [`ages: ${said} is outside 0 to 25, so 0 to 25 until checked`] };
  const clamped = { min: Math.max(0, lo), max: Math.min(25, hi) };
  const derived: string[] = [];
  if (min === undefined && max === undefined)
    derived.push(fromText ? `ages: ${said}` : "ages: not in the source, so 0 to 25");
  else if (clamped.min !== lo || clamped.max !== hi)
    derived.push(`ages: ${said}, narrowed to ${clamped.min} to ${clamped.max}`);
  return { ...clamped, derived };
}

function costOf(
  r: FeedRecord,
  description: string,
): { type: Listing["costType"]; options: ListingInput["costOptions"]; derived?: string } {
  const options = records(r.cost_options)
    .map((c) => ({
      option: htmlToLine(str(c.option)) || "Cost",
      amount: typeof c.amount === "number" && c.amount >= 0 ? c.amount : undefined,
      amountDescription: truncateText(htmlToLine(str(c.amount_description)), 300) || undefined,
    }))
    .filter((c) => c.option.length <= 200);
  if (options.some((o) => (o.amount ?? 0) > 0)) return { type: "paid", options };
  const fees = htmlToLine(str(r.fees) || str(r.fees_description));
  if (fees) return { type: /\bfree\b/i.test(fees) ? "free" : "paid", options: [{ option: truncateText(fees, 200) }] };
  if (/\b(free of charge|is free|are free|free to|free sessions?|it's free|no charge)\b/i.test(description))
    return { type: "free", options, derived: "cost: 'free', from the description" };
  return { type: "ask", options, derived: "cost: not in the source, so 'ask the service'" };
}
