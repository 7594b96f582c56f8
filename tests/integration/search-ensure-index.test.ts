// A production server's start-up check (ensure-index.ts): Meilisearch listings written by an older version,
// without the document's newest searchable field, are rebuilt even though the counts agree.
import { expect, it } from "vitest";
import { NEWEST_DOCUMENT_FIELD } from "@/lib/search/document";
import { meilisearchEngine } from "@/lib/search/query/engines";
import { ensureSearchIndex } from "@/lib/search/sync/ensure-index";
import { reindexAll } from "@/lib/search/sync/indexer";
import { createListing } from "@/tests/factories/listings";
import { useOwnMeilisearchIndex } from "@/tests/setup/own-meilisearch-index";

useOwnMeilisearchIndex("ensure");

it("rebuilds Meilisearch when its listings lack the newest field, and leaves a current index alone", async () => {
  const listing = await createListing({ name: "Volunteering club" });
  await reindexAll();
  const meili = meilisearchEngine()!;
  const logged: string[] = [];
  expect(await ensureSearchIndex((m) => logged.push(m))).toBe("in step");
  expect(await meili.holdsOlderDocuments(NEWEST_DOCUMENT_FIELD)).toBe(false);

  // As an older version wrote it: the same listing without the newest field.
  const [card] = (
    await meili.query({ terms: [], filters: { needs: [], categories: [], areas: [] }, offset: 0, limit: 1 })
  ).cards;
  expect(card.id).toBe(listing.id);
  await meili.clear();
  await meili.upsert([{ ...card, locations: [] } as never]);
  expect(await meili.holdsOlderDocuments(NEWEST_DOCUMENT_FIELD)).toBe(true);

  expect(await ensureSearchIndex((m) => logged.push(m))).toBe("rebuilt");
  expect(logged.join("\n")).toContain("Meilisearch's copy of them is being rebuilt");
  expect(await meili.holdsOlderDocuments(NEWEST_DOCUMENT_FIELD)).toBe(false);
});
