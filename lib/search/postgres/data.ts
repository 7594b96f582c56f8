// The PostgreSQL engine's reads: its search query over SearchDocument (with spelling correction from
// SearchWord) and its document count. Shared by both sides: the query engine reads it, the sync side
// writes it (postgres/mutations.ts), inside the listing's own transaction.
import "server-only";
import { db } from "@/lib/platform/db";
import { closestWord } from "@/lib/search/query/edit-distance";
import { CARD_FIELDS, type ServiceCardView } from "@/lib/search/document";
import { ADVICE_CARD_FIELDS, type AdviceCardView } from "@/lib/search/advice-document";
import {
  ALL_OF_GROUPS,
  effectiveSort,
  emptyFacets,
  FACET_GROUPS,
  type AdviceQuery,
  type EngineFilters,
  type EngineQuery,
  type EngineResult,
  type FacetGroup,
} from "@/lib/search/query/engine";

export async function countSearchDocuments(): Promise<number> {
  const [{ n }] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "SearchDocument"`;
  return n;
}

/**
 * Replaces words missing from every document with the word there that is fewest letter edits away (one
 * dropped, doubled, swapped or wrong letter in a word of 4 to 7 letters, two from 8, as Meilisearch),
 * else the most alike word by pg_trgm as before. Candidates are the 50 most alike words of about the same
 * length: a swap near the start ("dnace") shares few trigrams, so the bar is low and edits decide.
 * SearchWord holds only words of letters (documentWords), so a word with digits in it ("under18s")
 * is never looked up there, and never "corrected" into a different word: it is searched as typed.
 */
async function correctSpelling(terms: string[]): Promise<string[]> {
  const words = [...new Set(terms.flatMap((t) => t.split(/\s+/)).filter((w) => /^[a-z][a-z']{3,}$/i.test(w)))];
  if (!words.length) return terms;
  const rows = await db().$queryRaw<{ w: string; candidates: string[]; alike: string | null }[]>`
    SELECT q.w,
      array(SELECT s.word FROM "SearchWord" s
            WHERE length(s.word) BETWEEN length(q.w) - 2 AND length(q.w) + 2 AND similarity(s.word, q.w) > 0.1
            ORDER BY similarity(s.word, q.w) DESC, s.word LIMIT 50) AS candidates,
      (SELECT s.word FROM "SearchWord" s WHERE s.word % q.w
       ORDER BY similarity(s.word, q.w) DESC, s.word LIMIT 1) AS alike
    FROM unnest(${words}::text[]) AS q(w)
    WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = q.w)`;
  const fixes = new Map<string, string>();
  for (const r of rows) {
    const fix = closestWord(r.w, r.candidates) ?? r.alike;
    if (fix) fixes.set(r.w, fix);
  }
  if (!fixes.size) return terms;
  return terms.map((t) =>
    t
      .split(/\s+/)
      .map((w) => fixes.get(w) ?? w)
      .join(" "),
  );
}

/**
 * Each term as a tsquery (its words ANDed), dropping terms that are only stop words. Two words written
 * apart that the index holds as one ("foot ball", "well being") also match that one word, as
 * Meilisearch joins neighbouring words.
 */
async function termQueries(given: string[]): Promise<{ all: string[]; anyWord: string }> {
  const words = given.join(" ").split(/\s+/);
  const pairs = words.slice(1).map((next, i) => words[i] + next);
  const joined = new Set(
    pairs.length
      ? (
          await db().$queryRaw<{ word: string }[]>`
            SELECT word FROM "SearchWord" WHERE word = ANY(${[...new Set(pairs)]}::text[])`
        ).map((r) => r.word)
      : [],
  );
  // Neighbouring one-word terms the index holds as one word ("well", "being") become one term.
  const terms: string[] = [];
  for (const t of given) {
    const last = terms[terms.length - 1];
    if (last && !/\s/.test(last) && !/\s/.test(t) && joined.has(last + t)) terms[terms.length - 1] = `${last} ${t}`;
    else terms.push(t);
  }
  const alternatives = terms.map((t) => {
    const w = t.split(/\s+/);
    const forms = [t];
    for (let i = 0; i + 1 < w.length; i++)
      if (joined.has(w[i] + w[i + 1])) forms.push([...w.slice(0, i), w[i] + w[i + 1], ...w.slice(i + 2)].join(" "));
    return forms;
  });
  const flat = alternatives.flatMap((forms, term) => forms.map((form) => ({ term, form })));
  const rows = await db().$queryRaw<{ q: string; words: string }[]>`
    SELECT plainto_tsquery('english', unaccent(t))::text AS q,
           replace(plainto_tsquery('english', unaccent(t))::text, ' & ', ' | ') AS words
    FROM unnest(${flat.map((f) => f.form)}::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n`;
  const all: string[] = [];
  const anyWord: string[] = [];
  terms.forEach((_, term) => {
    const useful = rows.filter((r, i) => flat[i].term === term && r.q.trim());
    if (!useful.length) return;
    all.push(useful.map((r) => `(${r.q})`).join(" | "));
    anyWord.push(...useful.map((r) => `(${r.words})`));
  });
  return { all, anyWord: anyWord.join(" | ") };
}

type Params = unknown[];
const param = (params: Params, value: unknown, cast = "") => `$${params.push(value)}${cast}`;

function filterSql(f: EngineFilters, params: Params): Record<FacetGroup, string | undefined> {
  return {
    needs: f.needs.length ? `needs && ${param(params, f.needs, "::text[]")}` : undefined,
    categories: f.categories.length ? `categories && ${param(params, f.categories, "::text[]")}` : undefined,
    areas: f.areas.length ? `areas && ${param(params, f.areas, "::text[]")}` : undefined,
    costType: f.costType ? `"costType" = ${param(params, f.costType)}` : undefined,
    days: f.day ? `${param(params, f.day)} = ANY(days)` : undefined,
    ageGroups: f.ageRange
      ? `"minAge" <= ${param(params, f.ageRange.max, "::int")} AND ` +
        `"maxAge" >= ${param(params, f.ageRange.min, "::int")}`
      : undefined,
    delivery: f.delivery?.length ? `delivery && ${param(params, f.delivery, "::text[]")}` : undefined,
    access: f.access?.length ? `access @> ${param(params, f.access, "::text[]")}` : undefined,
    languages: f.languages?.length ? `languages && ${param(params, f.languages, "::text[]")}` : undefined,
    times: f.times?.length ? `times && ${param(params, f.times, "::text[]")}` : undefined,
  };
}

const FACET_SOURCE: Record<FacetGroup, string> = {
  needs: "unnest(m.needs)",
  categories: "unnest(m.categories)",
  areas: "unnest(m.areas)",
  costType: `unnest(ARRAY[m."costType"])`,
  days: "unnest(m.days)",
  ageGroups: `unnest(m."ageGroups")`,
  delivery: "unnest(m.delivery)",
  access: "unnest(m.access)",
  languages: "unnest(m.languages)",
  times: "unnest(m.times)",
};

/**
 * The distance in whole metres from `near` to the nearest of a document's venues (NULL without one):
 * the same great-circle formula, in the same order of operations, as distanceMetres in
 * lib/geo/postcode-field.ts, so both engines measure, round and therefore order alike.
 */
function nearestMetresSql(near: { lat: number; lng: number }, params: Params): string {
  const lat = param(params, near.lat, "::float8");
  const lng = param(params, near.lng, "::float8");
  const rad = "(pi() / 180)";
  return `(SELECT min(round(12742000 * asin(sqrt(
      sin((l.lat - ${lat}) * ${rad} / 2) * sin((l.lat - ${lat}) * ${rad} / 2) +
      cos(${lat} * ${rad}) * cos(l.lat * ${rad}) *
      sin((l.lng - ${lng}) * ${rad} / 2) * sin((l.lng - ${lng}) * ${rad} / 2)))))
    FROM unnest(lats, lngs) AS l(lat, lng))`;
}

export async function queryPostgresIndex(q: EngineQuery): Promise<EngineResult> {
  const params: Params = [];
  const select = [
    `"serviceId"`,
    "name",
    "needs",
    "categories",
    "areas",
    `"costType"`,
    "days",
    `"ageGroups"`,
    "delivery",
    "access",
    "languages",
    "times",
    `"minAge"`,
    `"maxAge"`,
  ];
  let where = "TRUE";
  let order = "name ASC";
  if (q.terms.length) {
    const { all, anyWord } = await termQueries(await correctSpelling(q.terms));
    if (!all.length) return { ids: [], cards: [], total: 0, facets: q.facets ? emptyFacets() : undefined };
    const any = param(params, anyWord, "::tsquery");
    where = `vector @@ ${any}`;
    // Listings matching more of the person's terms first (as Meilisearch's "words" rule), then weighted rank.
    select.push(`(${all.map((t) => `(vector @@ ${param(params, t, "::tsquery")})::int`).join(" + ")}) AS hits`);
    select.push(`ts_rank('{0.1, 0.2, 0.4, 1.0}', vector, ${any}) AS rank`);
    order = "hits DESC, rank DESC, name ASC";
    // The family's own words behind thesaurus terms: listings with them first among equal hits, never required.
    const typed = q.typed?.length ? (await termQueries(q.typed)).all : [];
    if (typed.length) {
      const own = typed.map((t) => `(${t})`).join(" | ");
      select.push(`(vector @@ ${param(params, own, "::tsquery")})::int AS own`);
      order = "hits DESC, own DESC, rank DESC, name ASC";
    }
  }
  const sort = effectiveSort(q);
  let nearby = "TRUE";
  if (q.near) {
    select.push(`${nearestMetresSql(q.near, params)} AS dist`);
    if (q.withinMetres !== undefined) nearby = `dist <= ${param(params, q.withinMetres, "::float8")}`;
  }
  // Ties (venues at the same place) by name, then id, exactly as the Meilisearch engine orders them.
  if (sort === "distance") order = `dist ASC NULLS LAST, name ASC, "serviceId" ASC`;
  else if (sort === "name") order = `name ASC, "serviceId" ASC`;
  const filters = filterSql(q.filters, params);
  const allFilters = Object.values(filters).filter(Boolean).join(" AND ") || "TRUE";
  const facetColumns = q.facets
    ? FACET_GROUPS.map((g) => {
        const except =
          FACET_GROUPS.filter((o) => o !== g || ALL_OF_GROUPS.includes(g))
            .map((o) => filters[o])
            .filter(Boolean)
            .join(" AND ") || "TRUE";
        return (
          `(SELECT coalesce(json_object_agg(v, n), '{}') FROM ` +
          `(SELECT v, count(*)::int AS n FROM m, ${FACET_SOURCE[g]} AS v WHERE ${except} GROUP BY v) x) AS "${g}"`
        );
      })
    : [];
  const cardFields = CARD_FIELDS.map((k) => `'${k}', d.document->'${k}'`).join(", ");
  const sql = `
    WITH m AS MATERIALIZED (SELECT * FROM (SELECT ${select.join(", ")} FROM "SearchDocument" WHERE ${where}) s
      WHERE ${nearby}),
    f AS (SELECT * FROM m WHERE ${allFilters})
    SELECT (SELECT count(*)::int FROM f) AS total,
      (SELECT coalesce(json_agg(x.card ORDER BY x.position), '[]') FROM
        (SELECT p.position, jsonb_build_object(${cardFields}) AS card
         FROM (SELECT "serviceId", row_number() OVER (ORDER BY ${order}) AS position FROM f
               ORDER BY ${order} LIMIT ${param(params, q.limit, "::int")} OFFSET ${param(params, q.offset, "::int")}) p
         JOIN "SearchDocument" d USING ("serviceId")) x) AS cards
      ${facetColumns.map((c) => `, ${c}`).join("")}`;
  const [row] = await db().$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  const cards = row.cards as ServiceCardView[];
  const result: EngineResult = { ids: cards.map((c) => c.id), cards, total: row.total as number };
  if (q.facets) {
    result.facets = emptyFacets();
    for (const g of FACET_GROUPS) result.facets[g] = (row[g] as Record<string, number>) ?? {};
  }
  return result;
}

/**
 * Advice pages matching every term (spelling corrected as for listings), best first. ts_rank with the
 * listings' weights: a word in the title counts ten times one in the body, and repeats count less and
 * less, so a page about "tribunal" ranks above one that mentions it often.
 */
export async function queryAdviceIndex(q: AdviceQuery): Promise<AdviceCardView[]> {
  if (!q.terms.length) return [];
  const { all } = await termQueries(await correctSpelling(q.terms));
  if (!all.length) return [];
  const every = all.map((t) => `(${t})`).join(" & ");
  const cardFields = ADVICE_CARD_FIELDS.map((k) => `'${k}', document->'${k}'`).join(", ");
  return db()
    .$queryRawUnsafe<{ card: AdviceCardView }[]>(
      `SELECT jsonb_build_object(${cardFields}) AS card FROM "AdviceSearchDocument"
     WHERE vector @@ $1::tsquery
     ORDER BY ts_rank('{0.1, 0.2, 0.4, 1.0}', vector, $1::tsquery) DESC, document->>'title' ASC
     LIMIT $2::int`,
      every,
      q.limit,
    )
    .then((rows) => rows.map((r) => r.card));
}
