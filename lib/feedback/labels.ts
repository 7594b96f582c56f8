// The feedback forms' choices and size limits, which the forms in the browser show too: kept free of
// zod (tests/lint/client-bundles.test.ts). The schemas that enforce them are in schema.ts.
/** The reg 56 themes, in the order the /feedback form offers them, in words a family would use. */
export const FEEDBACK_THEMES = {
  information: "The information on this website",
  service_quality: "A service and how good it is",
  missing_support: "Support that is missing",
  ease_of_use: "How easy this website is to use",
  involvement: "How families are asked and involved",
} as const;
export type FeedbackThemeCode = keyof typeof FEEDBACK_THEMES;

export function themeLabel(theme: string | null | undefined): string {
  return (FEEDBACK_THEMES as Record<string, string>)[theme ?? ""] ?? "Not chosen";
}

/** The missing-support form's age groups: the directory's own (lib/taxonomy/vocabulary.ts), in plain labels. */
export const MISSING_AGE_GROUPS = {
  "early-years": "0 to 4 (early years)",
  primary: "5 to 11 (primary school age)",
  secondary: "11 to 16 (secondary school age)",
  "young-adults": "16 to 25 (young adults)",
} as const;
export type MissingAgeGroup = keyof typeof MISSING_AGE_GROUPS;

export const COMMENT_MAX = 2000;
export const LOOKED_FOR_MAX = 500;
export const FOLLOW_UP_MAX = 500;
export const EMAIL_MAX = 254;
