// A profile change against the live organisation, field by field, for the review page's table.
// Pure: unit-tested.
import type { DiffRow } from "@/lib/revisions/diff";
import { PROFILE_FIELDS } from "./schema";
import { ORGANISATION_KIND_LABELS, type OrganisationKind } from "./labels";

type Profile = Record<string, unknown>;

function show(field: string, v: unknown): string {
  if (v === undefined || v === null || v === "") return "";
  if (field === "kind") return ORGANISATION_KIND_LABELS[v as OrganisationKind] ?? String(v);
  return String(v);
}

export function diffProfiles(live: Profile | null, proposed: Profile): DiffRow[] {
  return PROFILE_FIELDS.map(([field, label]) => {
    const before = show(field, live?.[field]);
    const after = show(field, proposed[field]);
    return { field, label, before, after, changed: before !== after };
  });
}
