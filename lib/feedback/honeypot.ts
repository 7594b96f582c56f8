// The hidden field people never see and programs fill in (components/ui/honeypot.tsx). Its own module,
// free of zod: the "Was this page helpful?" box is on every public page, and importing the schema there
// put zod in every page's scripts, whose start-up check for `Function` the Content Security Policy
// (rightly) blocks and reports.
export const HONEYPOT_FIELD = "website";
