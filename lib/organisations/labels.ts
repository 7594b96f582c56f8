// Organisation kinds in words, shown by forms in the browser too: kept free of zod
// (tests/lint/client-bundles.test.ts).
export const ORGANISATION_KINDS = ["council", "nhs", "school", "charity", "private", "community"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  council: "Council",
  nhs: "NHS",
  school: "School or college",
  charity: "Charity",
  private: "Private company or practitioner",
  community: "Community group",
};
