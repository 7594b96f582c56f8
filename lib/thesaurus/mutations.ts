// The thesaurus: its seed list, and officers' changes to it (each with an audit row).
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { AppError } from "@/lib/platform/app-error";
import { recordAudit } from "@/lib/audit/mutations";
import type { Actor } from "@/lib/audit/schema";
import type { ThesaurusEntry } from "./seed";

type Client = Tx | ReturnType<typeof db>;

/** Adds seed entries that are missing; never overwrites an officer's edits. */
export async function seedThesaurus(entries: readonly ThesaurusEntry[], client: Client = db()): Promise<number> {
  const result = await client.thesaurusEntry.createMany({ data: entries.map((e) => ({ ...e })), skipDuplicates: true });
  return result.count;
}

export async function saveThesaurusEntry(
  actor: Actor,
  input: { entryId?: string; term: string; synonyms: string[]; explanation: string },
) {
  return db().$transaction(async (tx) => {
    const clash = await tx.thesaurusEntry.findUnique({ where: { term: input.term } });
    if (clash && clash.id !== input.entryId)
      throw new AppError("clash", "", {
        fieldErrors: { term: `"${input.term}" already has an entry. Change that one instead.` },
      });
    const before = input.entryId ? await tx.thesaurusEntry.findUnique({ where: { id: input.entryId } }) : null;
    const data = { term: input.term, synonyms: input.synonyms, explanation: input.explanation };
    const entry = before
      ? await tx.thesaurusEntry.update({ where: { id: before.id }, data })
      : await tx.thesaurusEntry.create({ data });
    await recordAudit(tx, actor, {
      entityType: "thesaurus_entry",
      type: before ? "vocabulary.updated" : "vocabulary.created",
      entityId: entry.id,
      before: before ? { term: before.term, synonyms: before.synonyms } : null,
      after: { term: entry.term, synonyms: entry.synonyms },
    });
    return entry;
  });
}

export async function deleteThesaurusEntry(actor: Actor, entryId: string) {
  return db().$transaction(async (tx) => {
    const entry = await tx.thesaurusEntry.findUnique({ where: { id: entryId } });
    if (!entry) throw new AppError("not_found");
    await tx.thesaurusEntry.delete({ where: { id: entryId } });
    await recordAudit(tx, actor, {
      entityType: "thesaurus_entry",
      type: "vocabulary.deleted",
      entityId: entryId,
      before: { term: entry.term, synonyms: entry.synonyms },
      after: null,
    });
    return entry;
  });
}
