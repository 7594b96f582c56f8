// When the person who sent a service through "Add your service" becomes a provider user of its
// organisation. Confirming an email address proves only that they read that mailbox, not that they
// work for the organisation, and a provider user sees the organisation's unpublished listings and
// waiting changes: so they join when an officer approves, never at confirmation (ADR 0018):
// - an existing organisation: when an officer approves the submitted service;
// - a new organisation: when an officer approves the organisation.
import "server-only";
import type { Tx } from "@/lib/platform/db";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";

/** What happened to the person: joined now, already in, or left alone (told to ask the council). */
export type JoinOutcome = "joined" | "already" | "other_organisation" | "staff" | "removed";
export type Submitter = { email: string; name: string; outcome: JoinOutcome };

async function joinProvider(tx: Tx, email: string, name: string, organisationId: string, actor: Actor) {
  const existing = await tx.user.findUnique({ where: { email } });
  if (!existing) {
    const user = await tx.user.create({
      data: { email, name: name || null, role: "provider", organisationId },
    });
    await recordAudit(tx, actor, {
      type: "user.created",
      entityType: "user",
      entityId: user.id,
      before: null,
      after: { email, role: "provider", organisationId },
      data: { because: "add your service" },
    });
    return { outcome: "joined" as const, userId: user.id };
  }
  // Someone an administrator removed, an officer, or another organisation's provider: moving them
  // is an administrator's decision, not a side effect of approving a listing.
  if (existing.disabledAt) return { outcome: "removed" as const };
  if (existing.role !== "provider") return { outcome: "staff" as const };
  if (existing.organisationId === organisationId) return { outcome: "already" as const, userId: existing.id };
  if (existing.organisationId) return { outcome: "other_organisation" as const };
  await tx.user.update({ where: { id: existing.id }, data: { organisationId } });
  await recordAudit(tx, actor, {
    type: "user.updated",
    entityType: "user",
    entityId: existing.id,
    before: { organisationId: null },
    after: { organisationId },
    data: { because: "add your service" },
  });
  return { outcome: "joined" as const, userId: existing.id };
}

/**
 * A person who joined becomes the author of what they sent, so the review page names them and the
 * officer's later messages (changes asked for, returned) reach them like any provider's.
 */
async function joinAndCredit(
  tx: Tx,
  s: { email: string; answers: unknown; revisionId: string | null },
  organisationId: string,
  actor: Actor,
): Promise<Submitter> {
  const name = nameOf(s.answers);
  const joined = await joinProvider(tx, s.email, name, organisationId, actor);
  if (joined.userId && s.revisionId)
    await tx.serviceRevision.updateMany({
      where: { id: s.revisionId, authorId: null },
      data: { authorId: joined.userId },
    });
  return { email: s.email, name, outcome: joined.outcome };
}

const nameOf = (answers: unknown) =>
  String((answers as { declaration?: { name?: string } } | null)?.declaration?.name ?? "");

/** An officer approved a new organisation: everyone who confirmed a submission for it joins it. */
export async function joinWaitingSubmitters(tx: Tx, organisationId: string, actor: Actor): Promise<Submitter[]> {
  const submissions = await tx.serviceSubmission.findMany({
    where: { organisationId, state: "confirmed", email: { not: null } },
    orderBy: { confirmedAt: "asc" },
    select: { email: true, answers: true, revisionId: true },
  });
  const out: Submitter[] = [];
  for (const s of submissions) {
    if (!s.email) continue;
    const joined = await joinAndCredit(tx, { ...s, email: s.email }, organisationId, actor);
    if (!out.some((o) => o.email === joined.email)) out.push(joined);
  }
  return out;
}

/**
 * Inside the approval of a revision (lib/revisions applyApproval): if it came from "Add your
 * service", its sender joins the organisation and is returned to be told. Null for any other revision.
 */
export async function joinSubmitterOfRevision(
  tx: Tx,
  revision: { id: string; organisationId: string },
  actor: Actor,
): Promise<(Submitter & { organisationName: string }) | null> {
  const submission = await tx.serviceSubmission.findFirst({
    where: { revisionId: revision.id, state: "confirmed" },
    select: { email: true, answers: true, revisionId: true },
  });
  if (!submission?.email) return null;
  const joined = await joinAndCredit(tx, { ...submission, email: submission.email }, revision.organisationId, actor);
  const organisation = await tx.organisation.findUnique({
    where: { id: revision.organisationId },
    select: { name: true },
  });
  return { ...joined, organisationName: organisation?.name ?? "" };
}
