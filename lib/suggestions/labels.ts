// "Suggest a change": the form's choices and size limit, which the form in the browser shows too: kept
// free of zod (tests/lint/client-bundles.test.ts).
/** The choices on the form, in the order shown, and the words providers and officers read. */
export const SUGGESTION_KINDS = {
  contact: "The phone number or email does not work",
  closed: "This has closed or moved",
  times_costs: "Opening times or costs are wrong",
  other: "Something else",
} as const;
export type SuggestionKind = keyof typeof SUGGESTION_KINDS;

export const MESSAGE_MAX = 1200;
