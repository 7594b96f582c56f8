// The moderation queue's words: what kind each item is, who sent it, what it changes and how long
// it has waited. Pure: unit-tested.

/** The queue shows this many of each list (changes, unpublished listings), oldest first. */
export const QUEUE_LIMIT = 300;

export const QUEUE_KINDS = ["new", "edit", "organisation", "advice", "event", "import"] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export const QUEUE_KIND_LABELS: Record<QueueKind, string> = {
  new: "New listings",
  edit: "Provider and officer changes",
  organisation: "Organisation profiles",
  advice: "Advice pages",
  event: "Events",
  import: "Imported listings and updates",
};

/** A revision waiting in the queue, as much of it as the words need. */
export type QueueRevision = {
  subject: "service" | "organisation" | "advice";
  serviceId: string | null;
  importSource: string | null;
  authorEmail: string | null;
  serviceName: string | null;
  proposedName: string;
  organisationName: string | null;
};

export function revisionKind(r: Pick<QueueRevision, "subject" | "serviceId" | "importSource">): QueueKind {
  if (r.subject === "organisation") return "organisation";
  if (r.subject === "advice") return "advice";
  if (r.importSource) return "import";
  return r.serviceId ? "edit" : "new";
}

/** Who: a person's email address, the feed an import came from, or (nobody signed in) the organisation. */
export function revisionWho(r: Pick<QueueRevision, "importSource" | "authorEmail" | "organisationName">): string {
  if (r.importSource) return `Importer (${r.importSource})`;
  return r.authorEmail ?? r.organisationName ?? "Unknown";
}

/** What: "New listing: X", "Change to X", "Organisation profile: X" or "Advice page: X" (its proposed title). */
export function revisionWhat(r: QueueRevision): string {
  if (r.subject === "advice") return `Advice page: ${r.proposedName}`;
  if (r.subject === "organisation") return `Organisation profile: ${r.organisationName ?? r.proposedName}`;
  if (!r.serviceId) return `New listing: ${r.proposedName}`;
  return `Change to ${r.serviceName ?? r.proposedName}`;
}

/** An event waiting: a new one (or one changed before it went public), or a change to a published one. */
export function eventWhat(e: { title: string; isChange: boolean }): string {
  return e.isChange ? `Change to event: ${e.title}` : `New event: ${e.title}`;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long something has waited, in the words an officer reads at a glance: "3 days". */
export function waitedFor(since: Date, now = new Date()): string {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms < HOUR) return "less than an hour";
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    return hours === 1 ? "1 hour" : `${hours} hours`;
  }
  const days = Math.floor(ms / DAY);
  return days === 1 ? "1 day" : `${days} days`;
}

/** The kind filter from the address: anything unknown shows everything. */
export function parseQueueKind(value: unknown): QueueKind | undefined {
  return QUEUE_KINDS.find((k) => k === value);
}
