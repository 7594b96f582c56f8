// Reads a feed from a file or a web address into a list of service records. Accepts an ORUK 3.0
// page (`contents`), an array of services, the v1 "list" page (`content`) many council feeds
// still publish, or a base URL whose /services pages it walks, fetching each service fully
// nested. Server-side only (reads files, fetches).
import fs from "node:fs/promises";
import { isRecord, str } from "./feed-fields";

export type FeedLog = (message: string) => void;

// Items are as the feed has them, records or not: the importer reports each one that is not a
// service record, so every item in the feed is accounted for.
type Page = { items: unknown[]; totalPages?: number };

/** The records of one response body, and how many pages the feed says it has. */
export function recordsOf(body: unknown): Page {
  if (Array.isArray(body)) return { items: body };
  if (!isRecord(body)) throw new Error("The feed is neither a list of services nor a page of them.");
  const pages = Number(body.total_pages ?? body.totalPages) || undefined;
  if (Array.isArray(body.contents)) return { items: body.contents, totalPages: pages };
  if (Array.isArray(body.content)) return { items: body.content, totalPages: pages };
  if (Array.isArray(body.services)) return { items: body.services };
  if (str(body.id) && str(body.name)) return { items: [body] };
  throw new Error("The feed has no `contents`, `content` or list of services in it.");
}

export async function readFeed(location: string, log: FeedLog = () => {}): Promise<unknown[]> {
  if (!/^https?:\/\//i.test(location)) return recordsOf(JSON.parse(await fs.readFile(location, "utf8"))).items;
  return walkServices(location, log);
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return response.json();
}

/** "https://x/api" → "https://x/api/services"; a URL already naming /services (or a file) is kept. */
export function servicesUrl(location: string): URL {
  const url = new URL(location);
  if (!/\/services\/?$/.test(url.pathname) && !/\.json$/i.test(url.pathname))
    url.pathname = `${url.pathname.replace(/\/$/, "")}/services`;
  return url;
}

async function walkServices(location: string, log: FeedLog): Promise<unknown[]> {
  const first = servicesUrl(location);
  if (!first.searchParams.has("per_page")) first.searchParams.set("per_page", "100");
  const firstPage = recordsOf(await getJson(first.toString()));
  const all = [...firstPage.items];
  const pages = firstPage.totalPages ?? 1;
  for (let page = 2; page <= pages; page++) {
    const url = new URL(first);
    url.searchParams.set("page", String(page));
    const { items } = recordsOf(await getJson(url.toString()));
    if (!items.length) break;
    all.push(...items);
    log(`Read page ${page} of ${pages} (${all.length} services so far).`);
  }
  // List pages carry only one-to-one fields; the nested ones (contacts, locations, times) come
  // from /services/{id}. A service that cannot be fetched keeps its list entry.
  if (/\.json$/i.test(first.pathname)) return all;
  const full: unknown[] = new Array(all.length);
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const i = next++;
      const item = all[i];
      const id = isRecord(item) ? str(item.id) : "";
      try {
        const body = id
          ? await getJson(`${first.origin}${first.pathname.replace(/\/$/, "")}/${encodeURIComponent(id)}`)
          : undefined;
        full[i] = isRecord(body) && str(body.id) ? body : item;
      } catch {
        full[i] = item;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return full;
}

/** A stable name for where records came from, so a re-import finds them: a URL's host, a file's name. */
export function sourceNameOf(location: string): string {
  if (/^https?:\/\//i.test(location)) return new URL(location).host.toLowerCase();
  return (
    location
      .replace(/^.*[\\/]/, "")
      .replace(/\.json$/i, "")
      .toLowerCase() || "feed"
  );
}
