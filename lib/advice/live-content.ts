// The live page's words in the shape of a revision's data (adviceContentSchema), for the audit
// row's "before" and the review page's diff. Pure.
export function liveContentOf(page: {
  title: string;
  summary: string;
  body: string;
  audience: string;
  easyRead: string | null;
  schedule2: number[];
  categoryCodes: string[];
  relatedServiceIds: string[];
}): Record<string, unknown> {
  return {
    title: page.title,
    summary: page.summary,
    body: page.body,
    audience: page.audience,
    easyRead: page.easyRead ?? undefined,
    schedule2: page.schedule2,
    categories: page.categoryCodes,
    relatedServiceIds: page.relatedServiceIds,
  };
}
