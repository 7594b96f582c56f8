// ORUK list pages: `page` (from 1) and `per_page` in, the standard page header out.
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;

export type Paging = { page: number; perPage: number; skip: number };

export type OrukPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

/** Reads page and per_page, falling back to defaults for missing values; rejects nonsense. */
export function parsePaging(params: URLSearchParams): Paging | { error: string } {
  const page = params.get("page") ?? "1";
  const perPage = params.get("per_page") ?? String(DEFAULT_PER_PAGE);
  if (!/^\d{1,6}$/.test(page) || Number(page) < 1) return { error: "page must be a whole number from 1" };
  if (!/^\d{1,4}$/.test(perPage) || Number(perPage) < 1 || Number(perPage) > MAX_PER_PAGE)
    return { error: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}` };
  const p = Number(page);
  const n = Number(perPage);
  return { page: p, perPage: n, skip: (p - 1) * n };
}

export function toPage<T>(contents: T[], total: number, paging: Paging): OrukPage<T> {
  const totalPages = Math.max(1, Math.ceil(total / paging.perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: paging.page,
    size: contents.length,
    first_page: paging.page === 1,
    last_page: paging.page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
