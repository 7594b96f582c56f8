"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { ROLE_LABELS } from "@/lib/auth/roles";

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  organisations: { id: string; name: string }[];
};

export function UserForm({ action, organisations }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const val = (k: string) => (typeof state?.values?.[k] === "string" ? (state.values[k] as string) : "");
  const e = state?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(e).length > 0 && <title>Error: Users - Seabourne Local Offer</title>}
      <ErrorSummary errors={e} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        defaultValue={val("email")}
        error={e.email}
        autoComplete="off"
      />
      <TextField name="name" label="Name (optional)" defaultValue={val("name")} error={e.name} />
      <ChoiceGroup
        type="radio"
        name="role"
        legend="Role"
        error={e.role}
        checked={[val("role")]}
        options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label }))}
        hint={
          "Administrators manage users and the vocabulary. Council officers edit, approve and review listings. " +
          "Providers edit only their organisation's listings."
        }
      />
      <SelectField
        name="organisationId"
        label="Organisation (providers only)"
        defaultValue={val("organisationId")}
        error={e.organisationId}
        options={[
          { value: "", label: "Choose an organisation" },
          ...organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <button type="submit" className="button mt-6" disabled={pending}>
        Save user
      </button>
    </form>
  );
}
