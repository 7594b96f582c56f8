"use client";
// An organisation's details, for an officer adding or changing one and for a provider sending a
// change to their own. Works without JavaScript; a failed save comes back with everything typed.
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/field";
import { type OrganisationProfile } from "@/lib/organisations/schema";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/labels";

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  /** What the fields start with: the live details, a provider's waiting change, or nothing for a new one. */
  initial?: Partial<Record<keyof OrganisationProfile, string | null>>;
  hidden?: Record<string, string>;
  submitLabel: string;
  /** The page's title, repeated in the error title ("Error: …"). */
  title: string;
};

export function OrganisationForm({ action, initial = {}, hidden = {}, submitLabel, title }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const val = (k: keyof OrganisationProfile) =>
    state?.values && typeof state.values[k] === "string" ? (state.values[k] as string) : (initial[k] ?? "");
  // After "someone else changed it", saving again replaces the newer version knowingly.
  const base = typeof state?.detail?.baseUpdatedAt === "string" ? { baseUpdatedAt: state.detail.baseUpdatedAt } : {};
  const fields = { ...hidden, ...base };
  const e = state?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(errors).length > 0 && <title>{`Error: ${title} - Seabourne Local Offer`}</title>}
      <ErrorSummary errors={errors} />
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <TextField name="name" label="Name" defaultValue={val("name")} error={e.name} autoComplete="organization" />
      <ChoiceGroup
        type="radio"
        name="kind"
        legend="Type of organisation"
        error={e.kind}
        checked={[val("kind")]}
        options={Object.entries(ORGANISATION_KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <TextArea
        name="description"
        label="About the organisation (optional)"
        hint="What it does, in a sentence or two. Up to 2000 characters."
        defaultValue={val("description")}
        error={e.description}
      />
      <TextField
        name="website"
        type="url"
        label="Website (optional)"
        hint="For example, https://www.example.org"
        defaultValue={val("website")}
        error={e.website}
      />
      <TextField
        name="email"
        type="email"
        label="Email address (optional)"
        defaultValue={val("email")}
        error={e.email}
        autoComplete="email"
      />
      <TextField
        name="phone"
        type="tel"
        label="Phone number (optional)"
        defaultValue={val("phone")}
        error={e.phone}
        autoComplete="tel"
        width="w-64"
      />
      <TextField
        name="charityNumber"
        label="Charity number (optional)"
        hint="For a registered charity, like 1234567 or SC012345"
        defaultValue={val("charityNumber")}
        error={e.charityNumber}
        width="w-48"
      />
      <TextField
        name="companyNumber"
        label="Company number (optional)"
        hint="For a company registered at Companies House, like 01234567"
        defaultValue={val("companyNumber")}
        error={e.companyNumber}
        width="w-48"
      />
      <button type="submit" className="button mt-6" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
