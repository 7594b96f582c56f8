// The taxonomies: seeding the starting vocabulary, and officers' changes to it. Renaming a term
// changes what every listing with it shows and how search finds it, so those listings are queued
// for re-indexing in the same transaction.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import { refreshReviewDue } from "@/lib/review-dates/mutations";
import { enqueueSearchChange } from "@/lib/search/sync/outbox";
import { termCode } from "./schema";
import { TAXONOMIES } from "./vocabulary";

/** Creates any missing taxonomy or term of the starting vocabulary; leaves officers' edits alone. */
export async function ensureVocabulary(tx: Tx): Promise<void> {
  for (const t of TAXONOMIES) {
    const taxonomy = await tx.taxonomy.upsert({
      where: { code: t.code },
      create: { code: t.code, name: t.name, description: t.description, version: "1" },
      update: {},
    });
    for (const [position, term] of t.terms.entries()) {
      await tx.taxonomyTerm.upsert({
        where: { taxonomyId_code: { taxonomyId: taxonomy.id, code: term.code } },
        create: { taxonomyId: taxonomy.id, code: term.code, name: term.name, description: term.description, position },
        update: {},
      });
    }
  }
}

async function reindexServicesWithTerm(tx: Tx, termId: string) {
  const links = await tx.serviceTerm.findMany({ where: { termId }, select: { serviceId: true } });
  for (const { serviceId } of links) await enqueueSearchChange(tx, serviceId, "upsert");
  return links.map((l) => l.serviceId);
}

export async function updateTerm(
  actor: Actor,
  input: { termId: string; name: string; description: string; reviewMonths: number | null },
) {
  return db().$transaction(async (tx) => {
    const before = await tx.taxonomyTerm.findUnique({
      where: { id: input.termId },
      include: { taxonomy: { select: { code: true } } },
    });
    if (!before) throw new AppError("not_found");
    const reviewMonths = before.taxonomy.code === "categories" ? input.reviewMonths : null;
    const after = await tx.taxonomyTerm.update({
      where: { id: before.id },
      data: { name: input.name, description: input.description, reviewMonths },
    });
    const services = await reindexServicesWithTerm(tx, before.id);
    if (reviewMonths !== before.reviewMonths) for (const id of services) await refreshReviewDue(tx, id);
    await recordAudit(tx, actor, {
      entityType: "taxonomy_term",
      type: "vocabulary.updated",
      entityId: before.id,
      before: { name: before.name, description: before.description, reviewMonths: before.reviewMonths },
      after: { name: after.name, description: after.description, reviewMonths: after.reviewMonths },
      data: { taxonomy: before.taxonomy.code, listings: services.length },
    });
    return after;
  });
}

export async function createTerm(actor: Actor, input: { taxonomy: string; name: string; description: string }) {
  return db().$transaction(async (tx) => {
    const taxonomy = await tx.taxonomy.findUniqueOrThrow({ where: { code: input.taxonomy } });
    const code = termCode(input.name);
    if (await tx.taxonomyTerm.findFirst({ where: { taxonomyId: taxonomy.id, code } }))
      throw new AppError("clash", "", {
        fieldErrors: { name: `There is already a term called "${input.name}". Use a different name.` },
      });
    const last = await tx.taxonomyTerm.findFirst({
      where: { taxonomyId: taxonomy.id },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const term = await tx.taxonomyTerm.create({
      data: {
        taxonomyId: taxonomy.id,
        code,
        name: input.name,
        description: input.description,
        position: (last?.position ?? 0) + 1,
      },
    });
    await recordAudit(tx, actor, {
      entityType: "taxonomy_term",
      type: "vocabulary.created",
      entityId: term.id,
      before: null,
      after: { taxonomy: input.taxonomy, code, name: term.name },
    });
    return term;
  });
}

/** Only a term no listing uses can go: otherwise listings would silently lose a category. */
export async function deleteTerm(actor: Actor, termId: string) {
  return db().$transaction(async (tx) => {
    const term = await tx.taxonomyTerm.findUnique({
      where: { id: termId },
      include: { _count: { select: { services: true } }, taxonomy: { select: { code: true } } },
    });
    if (!term) throw new AppError("not_found");
    if (term._count.services > 0)
      throw new AppError("in_use", `${term._count.services} listings use this term. Change those listings first.`, {
        detail: { count: term._count.services },
      });
    if (!["categories", "needs"].includes(term.taxonomy.code))
      throw new AppError(
        "wrong_state",
        "Terms in this list are fixed because listings check them. You can rename them.",
      );
    await tx.taxonomyTerm.delete({ where: { id: term.id } });
    await recordAudit(tx, actor, {
      entityType: "taxonomy_term",
      type: "vocabulary.deleted",
      entityId: term.id,
      before: { code: term.code, name: term.name },
      after: null,
    });
    return term;
  });
}
