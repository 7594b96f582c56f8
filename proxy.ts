// Language in the address (ADR 0025): /pl/services and /ar are the English routes rendered in Polish and
// Arabic. The proxy takes the prefix off and passes the language to the page in a request header, so no
// page moves and every page stays server-rendered. It always sets the header itself, so a visitor's own
// x-site-language header can never change a page (the page cache keys on the address alone).
import { NextResponse, type NextRequest } from "next/server";
import { LANGUAGE_HEADER, PATH_HEADER } from "@/lib/i18n/request-headers";
import { stripLanguage } from "@/lib/i18n/translate";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const { lang, path } = stripLanguage(pathname);
  const headers = new Headers(request.headers);
  headers.set(LANGUAGE_HEADER, lang);
  headers.set(PATH_HEADER, `${path}${search}`);
  if (path === pathname) return NextResponse.next({ request: { headers } });
  const url = request.nextUrl.clone();
  url.pathname = path;
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  // Pages only: not Next.js's own files, the API, or files with an extension (favicon.ico, sitemap.xml).
  matcher: ["/((?!_next/|api/|.*\\.[a-z0-9]+$).*)"],
};
