// The PostgreSQL engine's writes: SearchDocument rows (with their weighted tsvector) and the SearchWord
// misspelling dictionary. The sync side calls these inside the listing's own transaction, so the fallback
// engine is exact at commit.
import "server-only";
import { db, type Tx } from "@/lib/platform/db";
import { documentWords, type SearchDocument } from "@/lib/search/document";
import { adviceDocumentWords, type AdviceDocument } from "@/lib/search/advice-document";

type Client = Tx | ReturnType<typeof db>;

const joined = (...parts: (string | string[])[]) => parts.flat().join(" \n ");

/** Upserts documents into SearchDocument, computing the weighted tsvector in SQL. */
export async function writeSearchDocuments(documents: SearchDocument[], client: Client = db()): Promise<void> {
  for (let i = 0; i < documents.length; i += 500) {
    const chunk = documents.slice(i, i + 500);
    const rows = chunk.map((d) => ({
      id: d.id,
      doc: d,
      name: d.name,
      // A: name; B: summary, needs and keywords; C: categories and organisation; D: description.
      a: d.name,
      b: joined(d.summary, d.needNames, d.keywords),
      c: joined(d.categoryNames, d.organisation),
      d: d.description,
      needs: d.needs,
      categories: d.categories,
      areas: d.areas,
      costType: d.costType,
      days: d.days,
      ageGroups: d.ageGroups,
      delivery: d.delivery,
      access: d.access,
      languages: d.languages,
      times: d.times,
      minAge: d.minAge,
      maxAge: d.maxAge,
      lastChecked: d.lastChecked,
      lats: d.locations.map((l) => l.lat),
      lngs: d.locations.map((l) => l.lng),
    }));
    await client.$executeRaw`
      INSERT INTO "SearchDocument" ("serviceId", document, vector, name, needs, categories, areas, "costType", days,
        "ageGroups", delivery, access, languages, times, "minAge", "maxAge", "lastChecked", lats, lngs, "updatedAt")
      SELECT r.id, r.doc,
        setweight(to_tsvector('english', unaccent(r.a)), 'A') ||
        setweight(to_tsvector('english', unaccent(r.b)), 'B') ||
        setweight(to_tsvector('english', unaccent(r.c)), 'C') ||
        setweight(to_tsvector('english', unaccent(r.d)), 'D'),
        r.name, r.needs, r.categories, r.areas, r."costType", r.days, r."ageGroups",
        r.delivery, r.access, r.languages, r.times, r."minAge", r."maxAge", r."lastChecked", r.lats, r.lngs, now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(id uuid, doc jsonb, name text, a text, b text, c text, d text,
          needs text[], categories text[], areas text[], "costType" text, days text[], "ageGroups" text[],
          delivery text[], access text[], languages text[], times text[],
          "minAge" int, "maxAge" int, "lastChecked" int, lats float8[], lngs float8[])
      ON CONFLICT ("serviceId") DO UPDATE SET
        document = EXCLUDED.document, vector = EXCLUDED.vector, name = EXCLUDED.name,
        needs = EXCLUDED.needs, categories = EXCLUDED.categories, areas = EXCLUDED.areas,
        "costType" = EXCLUDED."costType", days = EXCLUDED.days, "ageGroups" = EXCLUDED."ageGroups",
        delivery = EXCLUDED.delivery, access = EXCLUDED.access, languages = EXCLUDED.languages, times = EXCLUDED.times,
        "minAge" = EXCLUDED."minAge", "maxAge" = EXCLUDED."maxAge", "lastChecked" = EXCLUDED."lastChecked",
        lats = EXCLUDED.lats, lngs = EXCLUDED.lngs, "updatedAt" = now()`;
    await addSearchWords(chunk.flatMap(documentWords), client);
  }
}

async function addSearchWords(words: string[], client: Client): Promise<void> {
  // Sorted, so concurrent transactions lock new words in the same order and never deadlock.
  const sorted = [...new Set(words)].sort();
  await client.$executeRaw`INSERT INTO "SearchWord" (word) SELECT unnest(${sorted}::text[]) ON CONFLICT DO NOTHING`;
}

/** Upserts advice pages into AdviceSearchDocument, weighted as the engines rank them (see advice-document.ts). */
export async function writeAdviceDocuments(documents: AdviceDocument[], client: Client = db()): Promise<void> {
  if (!documents.length) return;
  // A: title and the terms it implies; B: summary; C: terms the body implies; D: the body.
  const rows = documents.map((d) => ({
    id: d.id,
    doc: d,
    a: joined(d.title, d.titleTerms),
    b: d.summary,
    c: joined(d.keywords),
    d: d.body,
  }));
  await client.$executeRaw`
    INSERT INTO "AdviceSearchDocument" ("adviceId", document, vector, "updatedAt")
    SELECT r.id, r.doc,
      setweight(to_tsvector('english', unaccent(r.a)), 'A') ||
      setweight(to_tsvector('english', unaccent(r.b)), 'B') ||
      setweight(to_tsvector('english', unaccent(r.c)), 'C') ||
      setweight(to_tsvector('english', unaccent(r.d)), 'D'),
      now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, doc jsonb, a text, b text, c text, d text)
    ON CONFLICT ("adviceId") DO UPDATE SET document = EXCLUDED.document, vector = EXCLUDED.vector, "updatedAt" = now()`;
  await addSearchWords(documents.flatMap(adviceDocumentWords), client);
}

export async function deleteAdviceDocuments(ids: string[], client: Client = db()): Promise<void> {
  if (ids.length) await client.$executeRaw`DELETE FROM "AdviceSearchDocument" WHERE "adviceId" = ANY(${ids}::uuid[])`;
}

/** Removes documents for pages no longer in the given set (a full reindex's last step). */
export async function deleteAdviceDocumentsExcept(keep: string[]): Promise<number> {
  return db().$executeRaw`DELETE FROM "AdviceSearchDocument" WHERE NOT ("adviceId" = ANY(${keep}::uuid[]))`;
}

export async function deleteSearchDocuments(ids: string[], client: Client = db()): Promise<void> {
  if (ids.length) await client.$executeRaw`DELETE FROM "SearchDocument" WHERE "serviceId" = ANY(${ids}::uuid[])`;
}

/** Removes documents for listings no longer in the given set (a full reindex's last step). */
export async function deleteSearchDocumentsExcept(keep: string[]): Promise<number> {
  return db().$executeRaw`DELETE FROM "SearchDocument" WHERE NOT ("serviceId" = ANY(${keep}::uuid[]))`;
}
