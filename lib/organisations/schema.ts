import { z } from "zod";
import { text } from "@/lib/services/schema";

export const ORGANISATION_KINDS = ["council", "nhs", "school", "charity", "private", "community"] as const;

export const organisationInputSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: text(200).min(1, "Enter the organisation name"),
  description: text(4000).min(1, "Describe the organisation"),
  kind: z.enum(ORGANISATION_KINDS),
  email: z.email().optional(),
  website: z.url().optional(),
});
/** The Organisation row's own columns, shared by the seed and the importer so both write the same. */
export function organisationColumns(o: {
  name: string;
  description: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  email?: string;
  website?: string;
}) {
  return { name: o.name, description: o.description, kind: o.kind, email: o.email ?? null, website: o.website ?? null };
}

export type OrganisationInput = z.input<typeof organisationInputSchema>;
