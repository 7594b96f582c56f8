import "server-only";
import { db } from "@/lib/db";

/** Admins only (the page checks). Every editable taxonomy with its terms and how many listings use each. */
export function findTaxonomiesForAdmin() {
  return db().taxonomy.findMany({
    where: { code: { in: ["categories", "needs", "age-groups", "areas"] } },
    orderBy: { name: "asc" },
    include: {
      terms: {
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: { id: true, code: true, name: true, description: true, reviewMonths: true, _count: { select: { services: true } } },
      },
    },
  });
}

export function findThesaurusForAdmin() {
  return db().thesaurusEntry.findMany({ orderBy: { term: "asc" } });
}
