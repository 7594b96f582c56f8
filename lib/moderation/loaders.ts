// Loaders for the moderation queue and the bulk archive confirmation: staff only (requireStaff,
// with the page's own address so sign-in comes back to it).
import "server-only";
import { requireStaff } from "@/lib/auth/loaders";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { findDuplicateListing, findLikelyDuplicates, type LikelyDuplicate } from "@/lib/duplicates/data";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { listingName } from "@/lib/revisions/mutations";
import type { ListingInput } from "@/lib/services/schema";
import { findListingsByIds, findModerationQueue, findUnpublishedListings } from "./data";
import { findSubmittedEvents } from "@/lib/events/data";
import { eventWhat, QUEUE_KINDS, revisionKind, revisionWhat, revisionWho, type QueueKind } from "./queue";
import { adviceTitle } from "@/lib/advice/schema";

/** Likely-duplicate checks a queue page makes at most (the oldest new listings first). */
const DUPLICATE_CHECKS = 100;

export type QueueItem = {
  key: string;
  kind: QueueKind;
  href: string;
  what: string;
  who: string;
  since: Date;
  mine: boolean;
  /** An unpublished listing the bulk actions may publish or archive. */
  bulkId?: string;
  duplicateOf?: LikelyDuplicate;
};

async function queueItems(user: SignedInUser) {
  const { revisions, unpublished, totals } = await findModerationQueue(user);
  const items: (QueueItem & { check?: { organisationId: string; listing: () => Promise<ListingInput | null> } })[] = [];
  for (const r of revisions) {
    const words = {
      subject: r.subject,
      serviceId: r.serviceId,
      importSource: r.importSource,
      authorEmail: r.author?.email ?? null,
      serviceName: r.service?.name ?? null,
      proposedName: r.subject === "advice" ? adviceTitle(r.data) : listingName(r.data),
      organisationName: r.organisationName,
    };
    const kind = revisionKind(words);
    items.push({
      key: r.id,
      kind,
      href: `/admin/review/${r.id}`,
      what: revisionWhat(words),
      who: revisionWho(words),
      since: r.submittedAt ?? r.createdAt,
      mine: r.authorId === user.id,
      check:
        r.subject === "service" && !r.serviceId
          ? { organisationId: r.organisationId, listing: async () => r.data as ListingInput }
          : undefined,
    });
  }
  const full = new Map(
    (
      await findUnpublishedListings(
        user,
        unpublished.slice(0, DUPLICATE_CHECKS).map((s) => s.id),
      )
    ).map((s) => [s.id, s]),
  );
  for (const s of unpublished) {
    const service = full.get(s.id);
    items.push({
      key: s.id,
      kind: s.sourceSystem ? "import" : "new",
      href: `/admin/listings/${s.id}`,
      what: `New listing, not yet public: ${s.name}`,
      who: s.sourceSystem ? `Importer (${s.sourceSystem})` : (s.organisationName ?? "Unknown"),
      since: s.createdAt,
      mine: false,
      bulkId: s.id,
      check: service
        ? { organisationId: s.organisationId, listing: async () => listingFromService(service) }
        : undefined,
    });
  }
  // Events are moderated on their own page (/admin/events/<id>), where the queue links.
  for (const e of await findSubmittedEvents()) {
    items.push({
      key: `event-${e.id}`,
      kind: "event",
      href: `/admin/events/${e.id}`,
      what: eventWhat(e),
      who: e.sentBy?.email ?? e.organisation.name,
      since: e.sentAt,
      mine: e.sentBy?.id === user.id,
    });
  }
  items.sort((a, b) => a.since.getTime() - b.since.getTime());
  let checks = 0;
  await Promise.all(
    items.map(async (item) => {
      if (!item.check || checks++ >= DUPLICATE_CHECKS) return;
      const listing = await item.check.listing();
      if (!listing) return;
      const [match] = await findLikelyDuplicates({
        organisationId: item.check.organisationId,
        listing,
        excludeId: item.bulkId,
      });
      item.duplicateOf = match;
    }),
  );
  return { items: items.map(({ check: _check, ...item }) => item), totals };
}

/** The queue, oldest first, optionally one kind only. */
export async function loadModerationQueue(kind: QueueKind | undefined) {
  const user = await requireStaff("/admin/review");
  const { items, totals } = await queueItems(user);
  const counts = Object.fromEntries(QUEUE_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length])) as Record<
    QueueKind,
    number
  >;
  return { user, items: kind ? items.filter((i) => i.kind === kind) : items, counts, totals };
}

/** The best likely duplicate of a new listing, with the existing listing in full for side by side. */
export async function loadDuplicateFor(candidate: {
  organisationId: string;
  listing: ListingInput;
  excludeId?: string | null;
}) {
  const [match] = await findLikelyDuplicates(candidate);
  const existing = match ? await findDuplicateListing(match.id) : null;
  return match && existing ? { match, existing: listingFromService(existing), existingId: existing.id } : null;
}

/**
 * An unpublished listing's (for example an imported one's) likely duplicate, for its own page, where the
 * queue links it: officers only (anyone else gets null), and never for a public or archived listing.
 */
export async function loadDuplicateOfUnpublished(user: SignedInUser, serviceId: string) {
  if (!isStaff(user)) return null;
  const [service] = await findUnpublishedListings(user, [serviceId]);
  if (!service || service.archivedAt) return null;
  const candidate = listingFromService(service);
  const duplicate = await loadDuplicateFor({
    organisationId: service.organisationId,
    listing: candidate,
    excludeId: service.id,
  });
  return duplicate ? { ...duplicate, candidate } : null;
}

export async function loadBulkArchive(ids: string[]) {
  const user = await requireStaff("/admin/review");
  return { user, listings: await findListingsByIds(user, ids) };
}
