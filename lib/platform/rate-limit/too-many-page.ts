// The page a person gets when a limit stops them: plain words and HTTP 429 with Retry-After. A route
// handler answers it (a page component cannot set a status), so it is self-contained HTML, readable
// with or without JavaScript and styles.
import { SITE } from "@/lib/platform/site";
import { tooManyRequestsMessage } from "./windows";

const SIGN_IN_NOTE = "If you asked for a sign-in link, check your email first, including your spam folder.";

/** `note`: one more line of plain text for the form that was refused (escaped here). */
export function tooManyRequestsPage(retryAfterSeconds: number, note = SIGN_IN_NOTE): Response {
  const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Too many requests - ${SITE.name}</title>
</head>
<body>
<main>
<h1>Too many requests</h1>
<p>${tooManyRequestsMessage(retryAfterSeconds)}</p>
<p>${escapeHtml(note)}</p>
<p><a href="/">Go to the ${SITE.name} home page</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 429,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(retryAfterSeconds),
      "Cache-Control": "no-store",
    },
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
