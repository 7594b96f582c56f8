// Officers' changes to organisations: add, change, archive (with its listings) and invite people.
// Each write and its audit rows commit together; a listing that leaves the public site or whose
// organisation's name changes is queued for search in the same transaction.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { isStaff, type SignedInUser } from "@/lib/auth/roles";
import { enqueueSearchChanges } from "@/lib/search/sync/outbox";
import { upsertUser } from "@/lib/users/mutations";
import { joinWaitingSubmitters } from "@/lib/submissions/join/mutations";
import {
  organisationColumns,
  organisationInputSchema,
  type InviteProviderInput,
  type OrganisationInput,
  type OrganisationProfile,
} from "./schema";

export async function upsertOrganisation(tx: Tx, input: OrganisationInput): Promise<{ id: string }> {
  const o = organisationInputSchema.parse(input);
  const data = organisationColumns(o);
  return tx.organisation.upsert({
    where: { slug: o.slug },
    create: { slug: o.slug, ...data },
    update: data,
    select: { id: true },
  });
}

export const actorOf = (u: SignedInUser): Actor => ({ id: u.id, email: u.email });
const NOT_FOUND = "There is no organisation with that address.";

/** Only officers manage organisations: anyone else is told it is not there (the 404 page). */
export function requireOfficer(user: SignedInUser) {
  if (!isStaff(user)) throw new AppError("not_found", NOT_FOUND);
}

/** The profile as the Organisation row's columns (an empty optional field clears the column). */
export function profileColumns(p: OrganisationProfile) {
  return {
    name: p.name,
    kind: p.kind,
    description: p.description,
    website: p.website ?? null,
    email: p.email ?? null,
    phone: p.phone ?? null,
    charityNumber: p.charityNumber ?? null,
    companyNumber: p.companyNumber ?? null,
  };
}

/** The row's profile fields, for audit rows and comparisons. */
export function profileOf(o: Record<string, unknown>) {
  const keys = ["name", "kind", "description", "website", "email", "phone", "charityNumber", "companyNumber"];
  return Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
}

/** A web address for the organisation from its name, unique: "seabourne-autism-group", then "-2". */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "organisation";
  const taken = new Set(
    (await tx.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (o) => o.slug,
    ),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** An officer adds an organisation: approved at once, since an officer made it. */
export async function createOrganisation(user: SignedInUser, profile: OrganisationProfile) {
  requireOfficer(user);
  return db().$transaction(async (tx) => {
    const created = await tx.organisation.create({
      data: { slug: await freeSlug(tx, profile.name), ...profileColumns(profile), approvedAt: new Date() },
    });
    await recordAudit(tx, actorOf(user), {
      entityType: "organisation",
      type: "organisation.created",
      entityId: created.id,
      before: null,
      after: profileOf(created),
    });
    return created;
  });
}

/** Locks the organisation's row for the rest of the transaction, so two officers' changes queue up. */
export async function lockOrganisation(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE id = ${id}::uuid FOR UPDATE`;
  const organisation = await tx.organisation.findUnique({ where: { id } });
  if (!organisation) throw new AppError("not_found", NOT_FOUND);
  return organisation;
}

const CHANGED_MEANWHILE =
  "Someone else changed this organisation after you opened it. Your version is below: save again to replace " +
  "theirs, or open the organisation again to see their change.";

/**
 * Writes a profile to the live organisation with its audit row. A new name reaches search (listings
 * are found by their organisation's name) in the same transaction. Used by officers' edits and by
 * approving a provider's change.
 */
export async function writeProfile(
  tx: Tx,
  id: string,
  profile: OrganisationProfile,
  actor: Actor,
  audit: { type: "organisation.updated" | "revision.approved"; data?: Record<string, unknown> },
) {
  const before = await lockOrganisation(tx, id);
  if (before.archivedAt) throw new AppError("wrong_state", "This organisation is archived. It cannot be changed.");
  const updated = await tx.organisation.update({ where: { id }, data: profileColumns(profile) });
  if (before.name !== updated.name) {
    const live = await tx.service.findMany({
      where: { organisationId: id, publishedAt: { not: null }, archivedAt: null },
      select: { id: true },
    });
    await enqueueSearchChanges(
      tx,
      live.map((s) => s.id),
      "upsert",
    );
  }
  await recordAudit(tx, actor, {
    entityType: "organisation",
    type: audit.type,
    entityId: id,
    before: profileOf(before),
    after: profileOf(updated),
    data: audit.data,
  });
  return updated;
}

/** An officer's change goes live at once, unless someone else changed the organisation since they opened it. */
export async function updateOrganisation(
  user: SignedInUser,
  id: string,
  profile: OrganisationProfile,
  baseUpdatedAt: string,
) {
  requireOfficer(user);
  return db().$transaction(async (tx) => {
    const current = await lockOrganisation(tx, id);
    // The form comes back with the newer version's stamp, so saving again is a choice made knowingly.
    if (current.updatedAt.toISOString() !== baseUpdatedAt)
      throw new AppError("conflict", CHANGED_MEANWHILE, { detail: { baseUpdatedAt: current.updatedAt.toISOString() } });
    return writeProfile(tx, id, profile, actorOf(user), { type: "organisation.updated" });
  });
}

/**
 * Archiving takes every listing of the organisation off the public site (each with its own audit
 * row and search removal) and keeps everything for history. It cannot then be chosen for a new
 * listing or in "Add your service".
 */
export async function archiveOrganisation(user: SignedInUser, id: string, now = new Date()) {
  requireOfficer(user);
  return db().$transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, id);
    if (organisation.archivedAt) throw new AppError("wrong_state", "This organisation is already archived.");
    const listings = await tx.service.findMany({
      where: { organisationId: id, archivedAt: null },
      select: { id: true, archivedAt: true },
    });
    await tx.service.updateMany({ where: { id: { in: listings.map((s) => s.id) } }, data: { archivedAt: now } });
    await enqueueSearchChanges(
      tx,
      listings.map((s) => s.id),
      "remove",
    );
    for (const listing of listings)
      await recordAudit(tx, actorOf(user), {
        entityType: "service",
        type: "service.archived",
        entityId: listing.id,
        before: { archivedAt: null },
        after: { archivedAt: now },
        data: { because: "organisation archived", organisationId: id },
      });
    await tx.organisation.update({ where: { id }, data: { archivedAt: now } });
    await recordAudit(tx, actorOf(user), {
      entityType: "organisation",
      type: "organisation.archived",
      entityId: id,
      before: { archivedAt: null },
      after: { archivedAt: now },
      data: { listingsArchived: listings.length },
    });
    return { organisation, listingsArchived: listings.length };
  });
}

/**
 * An officer adds a provider user to the organisation (or sends a returning one the invitation
 * again). Council staff and another organisation's providers are refused: moving them is an
 * administrator's decision at /admin/users.
 */
export async function inviteProvider(user: SignedInUser, input: InviteProviderInput) {
  requireOfficer(user);
  return db().$transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, input.organisationId);
    if (organisation.archivedAt)
      throw new AppError("wrong_state", "This organisation is archived. Nobody can join it.");
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing && existing.role !== "provider")
      throw new AppError("clash", "", {
        fieldErrors: { email: "This address belongs to a council officer. Use a different email address" },
      });
    if (existing && !existing.disabledAt && existing.organisationId && existing.organisationId !== organisation.id)
      throw new AppError("clash", "", {
        fieldErrors: {
          email: "This person already works for another organisation. Ask an administrator to move them",
        },
      });
    const person = await upsertUser(
      tx,
      {
        email: input.email,
        name: input.name ?? existing?.name ?? undefined,
        role: "provider",
        organisationId: organisation.id,
      },
      actorOf(user),
    );
    return { person, organisation };
  });
}

/**
 * "Add your service" names an organisation that is not listed yet: it is made at once, waiting for
 * an officer (approvedAt null), so the submitted service can point at it. Nobody can choose it, and
 * none of its listings can be approved, until an officer approves it (approveOrganisation).
 */
export async function createWaitingOrganisation(tx: Tx, profile: OrganisationProfile, actor: Actor) {
  const created = await tx.organisation.create({
    data: { slug: await freeSlug(tx, profile.name), ...profileColumns(profile), approvedAt: null },
  });
  await recordAudit(tx, actor, {
    entityType: "organisation",
    type: "organisation.created",
    entityId: created.id,
    before: null,
    after: profileOf(created),
    data: { waitingForApproval: true },
  });
  return created;
}

/**
 * An officer approves a waiting organisation. The people who sent services for it become its
 * provider users now (lib/submissions/join) and are returned to be emailed. A second officer, or a
 * second click, is told it was already approved.
 */
export async function approveOrganisation(user: SignedInUser, id: string, now = new Date()) {
  requireOfficer(user);
  return db().$transaction(async (tx) => {
    const organisation = await lockOrganisation(tx, id);
    if (organisation.archivedAt || organisation.mergedIntoId)
      throw new AppError("wrong_state", "This organisation is archived or merged. It cannot be approved.");
    if (organisation.approvedAt) throw new AppError("wrong_state", "This organisation has already been approved.");
    await tx.organisation.update({ where: { id }, data: { approvedAt: now } });
    await recordAudit(tx, actorOf(user), {
      entityType: "organisation",
      type: "organisation.approved",
      entityId: id,
      before: { approvedAt: null },
      after: { approvedAt: now },
    });
    const joined = await joinWaitingSubmitters(tx, id, actorOf(user));
    return { organisation: { id, name: organisation.name }, joined };
  });
}

/** No listing of an organisation still waiting for an officer goes live (applyApproval asks). */
export async function requireApprovedOrganisation(tx: Tx, id: string) {
  const organisation = await tx.organisation.findUnique({ where: { id }, select: { name: true, approvedAt: true } });
  if (organisation && !organisation.approvedAt)
    throw new AppError(
      "wrong_state",
      `${organisation.name} is a new organisation and is still waiting for approval. Approve the organisation first, then this service.`,
    );
}
