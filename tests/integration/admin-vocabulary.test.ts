// Taxonomy and thesaurus management: changes reach listings, search and review dates.
import { expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { findPublishedServiceBySlug } from "@/lib/services/data";
import { loadThesaurus } from "@/lib/thesaurus/store";
import { createTerm, deleteTerm, updateTerm } from "@/lib/taxonomy/mutations";
import { saveThesaurusEntry } from "@/lib/thesaurus/mutations";
import { pushThesaurusToSearch } from "@/lib/thesaurus/search-sync";
import { createListing } from "@/tests/factories/listings";

const admin = { id: null, email: "admin@seabourne.gov.uk" };
it("renaming a category changes its listings, queues them for search, and a review period moves their dates", async () => {
  const listing = await createListing({ categories: ["health"], lastCheckedAt: "2026-03-15" });
  const health = await db().taxonomyTerm.findFirstOrThrow({
    where: { code: "health", taxonomy: { code: "categories" } },
  });
  const queued = await db().searchOutbox.count({ where: { serviceId: listing.id } });

  await updateTerm(admin, {
    termId: health.id,
    name: "Health and therapy",
    description: "Doctors and therapists.",
    reviewMonths: 6,
  });

  const live = await findPublishedServiceBySlug(listing.slug);
  expect(live?.terms.map((t) => t.term.name)).toContain("Health and therapy");
  expect(await db().searchOutbox.count({ where: { serviceId: listing.id } })).toBe(queued + 1);
  expect(live?.reviewDueAt?.toISOString().slice(0, 10)).toBe("2026-09-15");
  expect(
    await db().auditEvent.findFirst({ where: { type: "vocabulary.updated", entityId: health.id } }),
  ).not.toBeNull();
});

it("adds terms, refuses duplicates, and removes only terms no listing uses", async () => {
  const created = await createTerm(admin, { taxonomy: "needs", name: "Sleep", description: "Trouble sleeping." });
  expect(created).toMatchObject({ code: "sleep", name: "Sleep" });
  await expect(createTerm(admin, { taxonomy: "needs", name: "sleep", description: "Again." })).rejects.toMatchObject({
    code: "clash",
  });

  await createListing({ needs: ["autism"] });
  const autism = await db().taxonomyTerm.findFirstOrThrow({ where: { code: "autism", taxonomy: { code: "needs" } } });
  await expect(deleteTerm(admin, autism.id)).rejects.toMatchObject({ code: "in_use", detail: { count: 1 } });
  await deleteTerm(admin, created.id);
  expect(await db().taxonomyTerm.findUnique({ where: { id: created.id } })).toBeNull();
});

it("a new thesaurus entry reaches search's query understanding at once", async () => {
  const saved = await saveThesaurusEntry(admin, {
    term: "quiet room",
    synonyms: ["insomnia", "wont settle"],
    explanation: "Trouble getting to sleep or staying asleep.",
  });
  expect(saved).toMatchObject({ term: "quiet room" });
  await loadThesaurus(); // warm search's cache, as a running site would have it
  expect(await pushThesaurusToSearch()).toBe(true);
  expect((await loadThesaurus()).entries.find((e) => e.term === "quiet room")?.synonyms).toEqual([
    "insomnia",
    "wont settle",
  ]);
  await expect(
    saveThesaurusEntry(admin, { term: "quiet room", synonyms: ["x"], explanation: "y" }),
  ).rejects.toMatchObject({ code: "clash" });
});
