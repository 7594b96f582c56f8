// The hidden field people never see and programs fill in (components/ui/honeypot.tsx), the same on
// every public form. Its own module, free of zod: the forms in the browser name it too, and zod in a
// page's scripts runs a start-up check for `Function` that the Content Security Policy (rightly) blocks
// and reports (tests/lint/client-bundles.test.ts).
export const HONEYPOT_FIELD = "website";
