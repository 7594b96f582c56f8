import "server-only";
import type { Tx } from "@/lib/db";
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
