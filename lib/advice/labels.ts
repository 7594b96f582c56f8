// Advice pages' words that forms in the browser show too: kept free of zod (tests/lint/client-bundles.test.ts).
export const ADVICE_AUDIENCES = ["parents", "young_people"] as const;
export type AdviceAudience = (typeof ADVICE_AUDIENCES)[number];
export const ADVICE_AUDIENCE_LABELS: Record<AdviceAudience, string> = {
  parents: "Parents and carers",
  young_people: "Young people",
};
