// People and editorial fixtures for the admin tests, built through the real write paths.
import { db } from "@/lib/platform/db";
import type { SignedInUser } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { listingInputSchema } from "@/lib/services/schema";
import { buildListing, createListing, createOrganisation } from "./listings";

export async function createUser(
  role: Role,
  email: string,
  organisationId: string | null = null,
): Promise<SignedInUser> {
  return db().user.create({
    data: { email, role, organisationId },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
  });
}

/** Two organisations, people in every role, and listings in every state the workflow knows. */
export async function createAdminWorld() {
  const orgA = await createOrganisation({ name: "Org A" });
  const orgB = await createOrganisation({ name: "Org B" });
  const users = {
    anonymous: null,
    providerOther: await createUser("provider", "provider.b@example.org", orgB.id),
    provider: await createUser("provider", "provider.a@example.org", orgA.id),
    editor: await createUser("editor", "editor@seabourne.gov.uk"),
    admin: await createUser("admin", "admin@seabourne.gov.uk"),
  };
  const author = await createUser("editor", "author@seabourne.gov.uk");
  const live = await createListing({ name: "Live listing" }, { organisationId: orgA.id });
  const unpublished = await createListing({ name: "Imported listing" }, { organisationId: orgA.id, publish: false });
  const archived = await createListing({ name: "Archived listing" }, { organisationId: orgA.id });
  await db().service.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  const liveRow = await db().service.findUniqueOrThrow({ where: { id: live.id } });
  const data = listingInputSchema.parse(buildListing({ name: "Live listing, changed", slug: live.slug }));
  const submitted = await db().serviceRevision.create({
    data: {
      serviceId: live.id,
      organisationId: orgA.id,
      state: "submitted",
      data,
      authorId: author.id,
      baseUpdatedAt: liveRow.updatedAt,
      submittedAt: new Date(),
    },
  });
  const approved = await db().serviceRevision.create({
    data: {
      serviceId: live.id,
      organisationId: orgA.id,
      state: "approved",
      data: { ...data, name: "An older name" },
      authorId: author.id,
      decidedAt: new Date("2026-01-01"),
    },
  });
  // The audit row of that earlier approval keeps the listing as it was first added.
  const firstApproval = await db().auditEvent.create({
    data: {
      type: "revision.approved",
      entityType: "service",
      entityId: live.id,
      actorEmail: author.email,
      before: { ...data, name: "The original name" },
      after: { ...data, name: "An older name" },
      createdAt: new Date("2026-01-01"),
    },
  });
  // A family's suggestion about the live listing, still waiting for someone to deal with it.
  const suggestion = await db().changeSuggestion.create({
    data: { serviceId: live.id, kind: "contact", message: "The phone number rings out." },
  });
  // A family's comment, ready to publish (consent, an approved anonymised text, a response).
  const feedback = await db().feedback.create({
    data: {
      kind: "comment",
      theme: "information",
      comment: "The short breaks page is out of date.",
      email: "family@example.com",
      consentToPublish: true,
      redactedComment: "The short breaks page is out of date.",
      redactionApprovedAt: new Date(),
      response: "Thank you: we have checked it.",
    },
  });
  return {
    orgA,
    orgB,
    users,
    author,
    live,
    liveUpdatedAt: liveRow.updatedAt,
    unpublished,
    archived,
    submitted,
    approved,
    firstApproval,
    suggestion,
    feedback,
  };
}

/** Everything a denied request must leave untouched, as one comparable value. */
export async function snapshotDatabase() {
  const [services, revisions, audit, users, sessions, emails, outbox, terms, thesaurus] = await Promise.all([
    db().service.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        name: true,
        updatedAt: true,
        publishedAt: true,
        archivedAt: true,
        lastCheckedAt: true,
        reviewDueAt: true,
      },
    }),
    db().serviceRevision.findMany({
      orderBy: { id: "asc" },
      select: { id: true, state: true, updatedAt: true, reason: true },
    }),
    db().auditEvent.count(),
    db().user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, role: true, disabledAt: true, organisationId: true },
    }),
    db().session.count(),
    db().emailMessage.count(),
    db().searchOutbox.count(),
    db().taxonomyTerm.findMany({
      orderBy: { id: "asc" },
      select: { id: true, name: true, description: true, reviewMonths: true },
    }),
    db().thesaurusEntry.findMany({
      orderBy: { id: "asc" },
      select: { id: true, term: true, synonyms: true, updatedAt: true },
    }),
  ]);
  const suggestions = await db().changeSuggestion.findMany({
    orderBy: { id: "asc" },
    select: { id: true, state: true, revisionId: true, reason: true, handledAt: true },
  });
  // Events: a denied add, change, approval or archive leaves them as they were.
  const events = await db().event.findMany({
    orderBy: { id: "asc" },
    select: { id: true, title: true, state: true, organisationId: true, updatedAt: true },
  });
  // Advice pages: a denied add, change, check or change of owner leaves them as they were.
  const advicePages = await db().advicePage.findMany({
    orderBy: { id: "asc" },
    select: { id: true, title: true, ownerId: true, lastCheckedAt: true, publishedAt: true, updatedAt: true },
  });
  // Organisations too: a denied archive, merge or change of details must leave them as they were.
  const organisations = await db().organisation.findMany({
    orderBy: { id: "asc" },
    select: { id: true, name: true, updatedAt: true, approvedAt: true, archivedAt: true, mergedIntoId: true },
  });
  return JSON.stringify({
    services,
    revisions,
    audit,
    users,
    sessions,
    emails,
    outbox,
    terms,
    thesaurus,
    suggestions,
    organisations,
    events,
    advicePages,
  });
}
