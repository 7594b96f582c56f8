import "server-only";
import { db } from "@/lib/db";

export type TermOption = { code: string; name: string; description: string };

/** Every term of one taxonomy, in display order: the options of a filter or browse list. */
export async function findTerms(taxonomyCode: string): Promise<TermOption[]> {
  return db().taxonomyTerm.findMany({
    where: { taxonomy: { code: taxonomyCode } },
    select: { code: true, name: true, description: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}
