import "server-only";
import type { Tx } from "@/lib/platform/db";
import { organisationInputSchema, type OrganisationInput } from "./schema";

export async function upsertOrganisation(tx: Tx, input: OrganisationInput): Promise<{ id: string }> {
  const o = organisationInputSchema.parse(input);
  const data = {
    name: o.name,
    description: o.description,
    kind: o.kind,
    email: o.email ?? null,
    website: o.website ?? null,
  };
  return tx.organisation.upsert({
    where: { slug: o.slug },
    create: { slug: o.slug, ...data },
    update: data,
    select: { id: true },
  });
}
