import "server-only";
import type { Tx } from "@/lib/platform/db";
import { organisationColumns, organisationInputSchema, type OrganisationInput } from "./schema";

export async function upsertOrganisation(tx: Tx, input: OrganisationInput): Promise<{ id: string }> {
  const o = organisationInputSchema.parse(input);
  const data = organisationColumns(o);
  return tx.organisation.upsert({
    where: { slug: o.slug },
    create: { slug: o.slug, ...data },
    update: data,
    select: { id: true },
  });
}
