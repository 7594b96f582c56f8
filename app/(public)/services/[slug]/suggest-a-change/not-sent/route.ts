// Where the suggestion form sends a refused post (lib/suggestions/actions.ts): too many suggestions
// (429 with Retry-After) or the hidden field filled in (400). Plain, self-contained pages, like the
// sign-in limit's, reached by the form's redirect with or without JavaScript.
import { SITE } from "@/lib/platform/site";
import { escapeHtml, tooManyRequestsPage } from "@/lib/platform/rate-limit/too-many-page";

export const dynamic = "force-dynamic";

const BACK = "Use your browser's back button to return to the form: what you wrote should still be there.";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const minutes = Math.round(Number(new URL(request.url).searchParams.get("minutes")));
  if (minutes >= 1)
    return tooManyRequestsPage(Math.min(minutes, 24 * 60) * 60, `Your suggestion was not sent. ${BACK}`);
  const slug = encodeURIComponent((await params).slug);
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Your suggestion was not sent - ${SITE.name}</title>
</head>
<body>
<main>
<h1>Your suggestion was not sent</h1>
<p>The form came back with a box filled in that people cannot see, so we think a computer program sent it.</p>
<p>If you are a person, go back to the form and send it again. If it still does not work, email
<a href="mailto:${SITE.email}">${SITE.email}</a>.</p>
<p><a href="/services/${escapeHtml(slug)}/suggest-a-change">Go back to the form</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 400,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
