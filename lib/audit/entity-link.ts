// Where an audit entry's subject lives in the staff area, so an officer reading the log can open it.
// Pure: unit-tested. Subjects with no page of their own (users, submissions) are named, not linked.
type Link = { label: string; href?: string };

const PAGES: Record<string, { noun: string; href: (id: string) => string }> = {
  service: { noun: "Listing", href: (id) => `/admin/listings/${id}` },
  organisation: { noun: "Organisation", href: (id) => `/admin/organisations/${id}` },
  advice_page: { noun: "Advice page", href: (id) => `/admin/advice/${id}` },
  event: { noun: "Event", href: (id) => `/admin/events/${id}` },
  feedback: { noun: "Feedback", href: (id) => `/admin/feedback/${id}` },
  taxonomy_term: { noun: "Vocabulary term", href: (id) => `/admin/taxonomy/${id}` },
  thesaurus_entry: { noun: "Thesaurus entry", href: (id) => `/admin/thesaurus/${id}` },
};
const NOUNS: Record<string, string> = { user: "User", submission: "Submission" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Listing Riverside club" linked to its page; the name is the entry's own record of it, when it has one. */
export function auditEntityLink(entityType: string, entityId: string, after: unknown): Link {
  const record = after && typeof after === "object" ? (after as Record<string, unknown>) : {};
  const name = [record.name, record.title, record.term].find((v): v is string => typeof v === "string" && v !== "");
  const page = PAGES[entityType];
  const noun = page?.noun ?? NOUNS[entityType] ?? entityType.replace(/_/g, " ");
  const label = `${noun} ${name ?? entityId}`;
  // Only real ids become links: an entry about something that never had one stays words.
  return page && UUID.test(entityId) ? { label, href: page.href(entityId) } : { label };
}
