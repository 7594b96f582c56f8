// The plain page a refused feedback post gets (400): the hidden field filled in, or a post our pages
// never make. Self-contained HTML from a route handler, which can set the status.
import { SITE } from "@/lib/platform/site";

export function notSentPage(status = 400): Response {
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Your feedback was not sent - ${SITE.name}</title>
</head>
<body>
<main>
<h1>Your feedback was not sent</h1>
<p>The form came back with a box filled in that people cannot see, or with something we did not expect, so we
think a computer program sent it.</p>
<p>If you are a person, go back and try again. If it still does not work, email
<a href="mailto:${SITE.email}">${SITE.email}</a>.</p>
<p><a href="/feedback">Go to the feedback form</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
