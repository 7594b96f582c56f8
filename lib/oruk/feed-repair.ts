// Keeps a feed record a listing whatever it holds: an id for a record without one (or with one too
// long to index), text too long for its field shortened with the full text kept for the audit
// entry, and a value the listing schema still refuses dropped with a note. Only a record with no
// name is not a listing at all (feed-to-listing.ts). Pure.
import crypto from "node:crypto";
import { listingInputSchema, type Listing, type ListingInput } from "@/lib/services/schema";
import { truncateText } from "./clean-text";
import { str, type FeedRecord } from "./feed-fields";

const ID_MAX = 200;
const hash = (text: string) => crypto.createHash("sha256").update(text).digest("hex").slice(0, 16);

/**
 * The record's id. Without one, an id made from its name, organisation and description, so the
 * same record imported again finds its listing; a very long id keeps its start and a fingerprint.
 */
export function recordId(r: FeedRecord, name: string, organisationId: string, derived: string[]): string {
  const id = str(r.id);
  if (!id) {
    derived.push("id: the source gave none, so one was made from the name, organisation and description");
    return `no-id-${hash([name, organisationId, str(r.description)].join("\u0000"))}`;
  }
  if (id.length <= ID_MAX) return id;
  derived.push(`id: ${id.length} characters long, so its first 120 and a fingerprint of the rest`);
  return `${id.slice(0, 120)}-${hash(id)}`;
}

/** `text` cut to `max` characters at a word boundary with "…"; the full text goes into `shortened`. */
export function shorten(
  field: string,
  text: string,
  max: number,
  shortened: Record<string, string>,
  derived: string[],
): string {
  if (text.length <= max) return text;
  shortened[field] = text;
  derived.push(`${field}: shortened from ${text.length} to ${max} characters (the full text is in the audit entry)`);
  return truncateText(text, max);
}

const LISTS = new Set(["costOptions", "contacts", "locations", "schedules", "languages", "tags", "needs"]);

/**
 * The listing, parsed. A value the schema refuses (the mapper keeps every field in its limits, so
 * this is for what a feed can still get wrong) is dropped: an item of a list, or an optional field.
 */
export function parseOrRepair(input: ListingInput, derived: string[]): Listing {
  let current: Record<string, unknown> = { ...input };
  for (let attempt = 0; attempt < 5; attempt++) {
    const parsed = listingInputSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    const next: Record<string, unknown> = { ...current };
    const dropped = new Map<string, Set<number>>();
    for (const issue of parsed.error.issues) {
      const [field, index] = issue.path;
      if (typeof field !== "string") continue;
      if (LISTS.has(field) && typeof index === "number")
        dropped.set(field, (dropped.get(field) ?? new Set()).add(index));
      else if (field === "minimumAge" || field === "maximumAge") Object.assign(next, { minimumAge: 0, maximumAge: 25 });
      else delete next[field];
      derived.push(
        `${[field, index].filter((p) => p !== undefined).join(" ")}: not valid for a listing (${issue.message}), left out`,
      );
    }
    for (const [field, indexes] of dropped)
      next[field] = (current[field] as unknown[]).filter((_, i) => !indexes.has(i));
    current = next;
  }
  // Not reached for anything the mapper builds; a plain error for the report if it ever is.
  throw new Error("its fields could not be made into a valid listing");
}
