// Builders for test listings. They go through the same writeListing path as the demo seed and
// the importer, so tests exercise the real write path rather than hand-made rows.
import crypto from "node:crypto";
import { db } from "@/lib/platform/db";
import { upsertOrganisation } from "@/lib/organisations/mutations";
import { writeListing } from "@/lib/services/mutations";
import type { OrganisationInput } from "@/lib/organisations/schema";
import { listingInputSchema, type ListingInput } from "@/lib/services/schema";

const unique = () => crypto.randomBytes(4).toString("hex");

export function buildOrganisation(overrides: Partial<OrganisationInput> = {}): OrganisationInput {
  const id = unique();
  return {
    slug: `org-${id}`,
    name: `Test organisation ${id}`,
    description: "An organisation made by a test.",
    kind: "charity",
    ...overrides,
  };
}

export function buildListing(overrides: Partial<ListingInput> = {}): ListingInput {
  const id = unique();
  return {
    slug: `test-service-${id}`,
    name: `Test service ${id}`,
    summary: "A short plain summary of what the service does.",
    description: "A longer description.\n\nWith a second paragraph.",
    whoFor: "Children and young people with SEND and their families.",
    accessMethod: "self_refer",
    minimumAge: 5,
    maximumAge: 11,
    costType: "free",
    categories: ["health"],
    needs: ["autism"],
    areas: ["central"],
    contacts: [{ title: "Duty officer", email: "duty@example.org", phones: [{ number: "01632 960 000" }] }],
    lastCheckedAt: "2026-06-01",
    ...overrides,
  };
}

export async function createOrganisation(overrides: Partial<OrganisationInput> = {}) {
  return db().$transaction((tx) => upsertOrganisation(tx, buildOrganisation(overrides)));
}

export async function createListing(
  overrides: Partial<ListingInput> = {},
  opts: { publish?: boolean; organisationId?: string } = {},
) {
  const organisationId = opts.organisationId ?? (await createOrganisation()).id;
  const listing = listingInputSchema.parse(buildListing(overrides));
  return db().$transaction((tx) => writeListing(tx, listing, { organisationId, publish: opts.publish ?? true }));
}
