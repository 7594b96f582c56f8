// A listing families cannot reach: no email, phone number or web address anywhere on it. The
// importer saves such a record as a draft rather than leave the service out (lib/oruk/feed-contact.ts);
// officers see "Needs contact details" beside it in the listings table. Pure.
export type ContactFacts = {
  url: string | null;
  email: string | null;
  contacts: { email: string | null; _count: { phones: number } }[];
};

export function needsContactDetails(s: ContactFacts): boolean {
  return !s.url && !s.email && s.contacts.every((c) => !c.email && c._count.phones === 0);
}
