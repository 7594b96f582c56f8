// Form fields ↔ ListingInput. The editor posts flat, dotted field names (readForm nests them);
// this turns the strings into the shape listingInputSchema parses, and back for pre-filling.
// Pure, no Prisma: unit-tested in listing-form.test.ts.
import { cleanEasyRead } from "@/lib/services/easy-read";
import type { ListingInput } from "@/lib/services/schema";
import { ACCESS_FEATURE_LABELS, ACCESS_FEATURES } from "@/lib/services/service-features";

type Raw = Record<string, unknown>;
// Browsers post textarea line breaks as CRLF; store LF so an untouched field is not "changed".
const str = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" ? v.replace(/\r\n?/g, "\n").trim() : undefined;
const num = (v: unknown): number | undefined => {
  const s = str(v);
  if (s === undefined) return undefined;
  const n = Number(s.replace(/^£/, ""));
  return Number.isFinite(n) ? n : (s as unknown as number); // a non-number reaches zod, which says so
};
const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter((x): x is Raw => !!x && typeof x === "object") : []);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : [];
const lines = (v: unknown): string[] =>
  (str(v) ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
/** A row the person left empty (e.g. the spare blank one) is not an error: it is dropped. */
const filled = (row: Raw): boolean =>
  Object.entries(row).some(
    ([k, v]) =>
      k !== "termTimeOnly" &&
      k !== "byday" &&
      (Array.isArray(v) ? v.some((x): boolean => (typeof x === "object" ? filled(x as Raw) : !!str(x))) : !!str(v)),
  );

const keepRow = (field: ListField, row: Raw) => filled(row) || (field === "schedules" && strings(row.byday).length > 0);

/**
 * Drops rows left completely empty, in the raw values too, so that the row numbers in error
 * messages (`contacts.1.email`) match the rows the form shows when it comes back.
 */
export function compactListRows(raw: Raw): Raw {
  const out: Raw = { ...raw };
  for (const field of LIST_FIELDS) out[field] = list(raw[field]).filter((row) => keepRow(field, row));
  out.contacts = list(out.contacts).map((c) => ({ ...c, phones: list(c.phones).filter(filled) }));
  return out;
}

export function formToListingInput(input: Raw): unknown {
  const raw = compactListRows(input);
  const answers = (raw.sendAnswers ?? {}) as Raw;
  return {
    slug: str(raw.slug),
    name: str(raw.name) ?? "",
    summary: str(raw.summary) ?? "",
    description: str(raw.description) ?? "",
    whoFor: str(raw.whoFor) ?? "",
    // Cleaned here too, so "check your answers" shows the lines as they will be kept.
    easyRead: typeof raw.easyRead === "string" ? str(cleanEasyRead(raw.easyRead)) : undefined,
    status: str(raw.status),
    closureMessage: str(raw.closureMessage),
    reopeningDate: str(raw.reopeningDate),
    accessMethod: str(raw.accessMethod),
    deliveryMethods: strings(raw.deliveryMethods),
    referralRoute: str(raw.referralRoute),
    referralUrl: str(raw.referralUrl),
    eligibility: str(raw.eligibility),
    waitingTime: str(raw.waitingTime),
    url: str(raw.url),
    email: str(raw.email),
    minimumAge: num(raw.minimumAge),
    maximumAge: num(raw.maximumAge),
    costType: str(raw.costType),
    costOptions: list(raw.costOptions).map((c) => ({
      option: str(c.option) ?? "",
      amount: num(c.amount),
      amountDescription: str(c.amountDescription),
    })),
    categories: strings(raw.categories),
    needs: strings(raw.needs),
    areas: strings(raw.areas),
    contacts: list(raw.contacts).map((c) => ({
      name: str(c.name),
      title: str(c.title),
      email: str(c.email),
      phones: list(c.phones).map((p) => ({ number: str(p.number) ?? "", description: str(p.description) })),
    })),
    locations: list(raw.locations).map((l) => ({
      name: str(l.name) ?? "",
      description: str(l.description),
      address1: str(l.address1) ?? "",
      address2: str(l.address2),
      city: str(l.city) ?? "",
      postcode: str(l.postcode) ?? "",
      latitude: num(l.latitude),
      longitude: num(l.longitude),
      // Ticked access features are stored as their plain words, before the free text, so nothing new is needed
      // to keep them (and a feed's own words are read the same way: service-features.ts).
      accessibility: [
        ...ACCESS_FEATURES.filter((f) => strings(l.accessFeatures).includes(f)).map((f) => ACCESS_FEATURE_LABELS[f]),
        ...lines(l.accessibility).filter((line) => !TICKABLE.has(line)),
      ],
    })),
    schedules: list(raw.schedules).map((s) => ({
      byday: strings(s.byday),
      opensAt: str(s.opensAt) ?? "",
      closesAt: str(s.closesAt) ?? "",
      termTimeOnly: s.termTimeOnly === "on",
      freq: str(s.freq),
      description: str(s.description),
      locationName: str(s.locationName),
    })),
    languages: list(raw.languages).map((l) => ({ name: str(l.name) ?? "", code: str(l.code) })),
    sendAnswers: Object.fromEntries(
      Object.entries(answers)
        .map(([k, v]) => [k, str(v)])
        .filter(([, v]) => v),
    ),
    tags: (str(raw.tags) ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    lastCheckedAt: str(raw.lastCheckedAt),
  };
}

// A line that is exactly a tick box's words is shown as the tick box, not repeated in the text.
const TICKABLE = new Set<string>(Object.values(ACCESS_FEATURE_LABELS));

const s = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** The editor's field values for a listing (strings, lists as rows), the inverse of formToListingInput. */
export function listingInputToForm(l: ListingInput): Raw {
  return {
    slug: s(l.slug),
    name: s(l.name),
    summary: s(l.summary),
    description: s(l.description),
    whoFor: s(l.whoFor),
    easyRead: s(l.easyRead),
    status: s(l.status ?? "active"),
    closureMessage: s(l.closureMessage),
    reopeningDate: s(l.reopeningDate),
    accessMethod: s(l.accessMethod),
    deliveryMethods: l.deliveryMethods ?? [],
    referralRoute: s(l.referralRoute),
    referralUrl: s(l.referralUrl),
    eligibility: s(l.eligibility),
    waitingTime: s(l.waitingTime),
    url: s(l.url),
    email: s(l.email),
    minimumAge: s(l.minimumAge),
    maximumAge: s(l.maximumAge),
    costType: s(l.costType),
    costOptions: (l.costOptions ?? []).map((c) => ({
      option: s(c.option),
      amount: s(c.amount),
      amountDescription: s(c.amountDescription),
    })),
    categories: l.categories ?? [],
    needs: l.needs ?? [],
    areas: l.areas ?? [],
    contacts: (l.contacts ?? []).map((c) => ({
      name: s(c.name),
      title: s(c.title),
      email: s(c.email),
      phones: (c.phones ?? []).map((p) => ({ number: s(p.number), description: s(p.description) })),
    })),
    locations: (l.locations ?? []).map((x) => ({
      name: s(x.name),
      description: s(x.description),
      address1: s(x.address1),
      address2: s(x.address2),
      city: s(x.city),
      postcode: s(x.postcode),
      latitude: s(x.latitude),
      longitude: s(x.longitude),
      accessFeatures: ACCESS_FEATURES.filter((f) => (x.accessibility ?? []).includes(ACCESS_FEATURE_LABELS[f])),
      accessibility: (x.accessibility ?? []).filter((a) => !TICKABLE.has(a)).join("\n"),
    })),
    schedules: (l.schedules ?? []).map((x) => ({
      byday: x.byday ?? [],
      opensAt: s(x.opensAt),
      closesAt: s(x.closesAt),
      termTimeOnly: x.termTimeOnly ? "on" : "",
      freq: s(x.freq ?? "WEEKLY"),
      description: s(x.description),
      locationName: s(x.locationName),
    })),
    languages: (l.languages ?? []).map((x) => ({ name: s(x.name), code: s(x.code) })),
    sendAnswers: { ...(l.sendAnswers ?? {}) },
    tags: (l.tags ?? []).join(", "),
    lastCheckedAt: s(l.lastCheckedAt),
  };
}

export const LIST_FIELDS = ["contacts", "locations", "schedules", "costOptions", "languages"] as const;
export type ListField = (typeof LIST_FIELDS)[number];

const BLANK: Record<ListField, Raw> = {
  contacts: { name: "", title: "", email: "", phones: [] },
  locations: { name: "", address1: "", city: "", postcode: "", accessibility: "" },
  schedules: { byday: [], opensAt: "", closesAt: "", freq: "WEEKLY" },
  costOptions: { option: "", amount: "", amountDescription: "" },
  languages: { name: "", code: "" },
};

/**
 * "Add another" and "Remove" buttons without JavaScript: the button posts `intent=add:contacts`
 * or `intent=remove:contacts.1`, and the form comes back with one row more or fewer, nothing else lost.
 */
export function applyListIntent(raw: Raw, intent: string): Raw | null {
  const m = /^(add|remove):(contacts|locations|schedules|costOptions|languages)(?:\.(\d+))?$/.exec(intent);
  if (!m) return null;
  const [, verb, field, index] = m;
  const rows = list(raw[field]);
  const next =
    verb === "add" ? [...rows, { ...BLANK[field as ListField] }] : rows.filter((_, i) => i !== Number(index));
  return { ...raw, [field]: next };
}
