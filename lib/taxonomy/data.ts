import "server-only";
import { db } from "@/lib/platform/db";

export type TermOption = { code: string; name: string; description: string };

/** Every term of one taxonomy, in display order: the options of a filter or browse list. */
export async function findTerms(taxonomyCode: string): Promise<TermOption[]> {
  return db().taxonomyTerm.findMany({
    where: { taxonomy: { code: taxonomyCode } },
    select: { code: true, name: true, description: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
}

/** Admins only (the page checks). Every editable taxonomy with its terms and how many listings use each. */
export function findTaxonomiesForAdmin() {
  return db().taxonomy.findMany({
    where: { code: { in: ["categories", "needs", "age-groups", "areas"] } },
    orderBy: { name: "asc" },
    include: {
      terms: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: {
          id: true,
          code: true,
          name: true,
          description: true,
          reviewMonths: true,
          _count: { select: { services: true } },
        },
      },
    },
  });
}
