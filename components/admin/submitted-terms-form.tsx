"use client";
// The officer's "Categories and needs" for a service sent through "Add your service": the directory's
// own terms as checkboxes, the sender's choices marked as their suggestion. Works without JavaScript;
// after an error what was ticked is ticked again.
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup } from "@/components/ui/field";

type Term = { code: string; name: string };
type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  revisionId: string;
  version: string;
  terms: { categories: Term[]; needs: Term[] };
  chosen: { categories: string[]; needs: string[] };
  suggested: { categories: string[]; needs: string[] };
};

const listOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);

function optionsOf(terms: Term[], suggested: string[]) {
  return terms.map((t) => ({
    value: t.code,
    label: suggested.includes(t.code) ? `${t.name} (the provider's suggestion)` : t.name,
  }));
}

export function SubmittedTermsForm({ action, revisionId, version, terms, chosen, suggested }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  // After an error, what the officer ticked; before, what the service has now.
  const ticked = state?.values
    ? { categories: listOf(state.values.categories), needs: listOf(state.values.needs) }
    : chosen;
  return (
    <form action={formAction} noValidate className="mt-4">
      {Object.keys(errors).length > 0 && <title>Error: There is a problem - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} labels={{ categories: "Categories" }} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <ChoiceGroup
        name="categories[]"
        legend="Categories"
        hint="Choose at least one. The service is found under these."
        options={optionsOf(terms.categories, suggested.categories)}
        checked={ticked.categories}
        error={state?.fieldErrors?.categories}
      />
      <ChoiceGroup
        name="needs[]"
        legend="Needs"
        hint="The needs the service is suited to. Leave all empty if it is for any need."
        options={optionsOf(terms.needs, suggested.needs)}
        checked={ticked.needs}
        error={state?.fieldErrors?.needs}
      />
      <button type="submit" disabled={pending} className="button button-secondary mt-4">
        Save categories and needs
      </button>
    </form>
  );
}
