// GET /print/pdf?…: the booklet as a PDF download. Rate-limited per client in PostgreSQL (every server
// shares the count), checked before Chromium starts; a wrong choice goes back to the form, which says
// what is wrong. Failures are plain pages that point to the browser's own "Print" as the way round.
import "server-only";
import { clientAddress } from "@/lib/platform/client-address";
import { hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { escapeHtml, tooManyRequestsPage } from "@/lib/platform/rate-limit/too-many-page";
import { keyPart } from "@/lib/platform/rate-limit/windows";
import { SITE } from "@/lib/platform/site";
import { loadVocabulary } from "@/lib/taxonomy/loaders";
import { bookletFileName, bookletQuery, parseBookletChoice } from "./choice";
import { renderBookletPdf } from "./pdf";

export const DEFAULT_PDF_RATE_LIMIT_PER_HOUR = 20;

function plainPage(status: number, title: string, lines: string[], headers: Record<string, string> = {}) {
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} - ${SITE.name}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${lines.map((line) => `<p>${line}</p>`).join("\n")}
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export async function bookletPdfResponse(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const params = Object.fromEntries([...url.searchParams.keys()].map((k) => [k, url.searchParams.getAll(k)]));
  const vocabulary = await loadVocabulary();
  const parsed = parseBookletChoice(params, {
    needs: new Set(vocabulary.needs.map((t) => t.code)),
    categories: new Set(vocabulary.categories.map((t) => t.code)),
  });
  // Nothing chosen, or something unknown: the form explains (and keeps what was chosen).
  if (parsed.kind !== "booklet")
    return new Response(null, { status: 303, headers: { Location: `/print${url.search}` } });

  const perHour = Number(process.env.BOOKLET_PDF_RATE_LIMIT_PER_HOUR ?? DEFAULT_PDF_RATE_LIMIT_PER_HOUR);
  if (perHour > 0) {
    const client = keyPart(clientAddress(request.headers));
    const decision = await hitRateLimits([{ key: `booklet-pdf:${client}`, limit: perHour, windowSeconds: 3600 }]);
    if (!decision.allowed)
      return tooManyRequestsPage(
        decision.retryAfterSeconds,
        "You can still print the booklet from its page with your browser's Print button.",
      );
  }

  const query = bookletQuery(parsed.choice);
  const booklet = `/print?${query}`;
  const result = await renderBookletPdf(booklet);
  if (result.ok) {
    return new Response(new Uint8Array(result.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${bookletFileName(parsed.choice)}"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const back =
    `<a href="${escapeHtml(booklet)}">Go back to the booklet</a> and use your browser's Print button instead ` +
    `(choose "Save as PDF" to keep a copy).`;
  if (result.reason === "busy")
    return plainPage(
      503,
      "The PDF could not be made just now",
      ["Other booklets are being made. Try again in a minute.", back],
      {
        "Retry-After": "60",
      },
    );
  if (result.reason === "no-chromium")
    return plainPage(503, "PDF downloads are not available on this website", [
      "This server cannot make PDF files yet. The council's web team can turn them on (docs/deploying.md).",
      back,
    ]);
  return plainPage(
    503,
    "The PDF could not be made",
    ["Something went wrong on our side. Try again in a few minutes.", back],
    {
      "Retry-After": "60",
    },
  );
}
