"use client";
// A one-form page's form: fields described as data, the error summary, values kept on error.
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea, TextField } from "@/components/ui/field";

export type SimpleField = {
  name: string;
  label: string;
  hint?: string;
  long?: boolean;
  width?: string;
  value?: string;
};

export function SimpleForm({
  action,
  fields,
  hidden,
  submitLabel,
}: {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  fields: SimpleField[];
  hidden?: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const value = (f: SimpleField) =>
    typeof state?.values?.[f.name] === "string" ? (state.values[f.name] as string) : (f.value ?? "");
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(errors).length > 0 && <title>Error: There is a problem - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const common = { name: f.name, label: f.label, hint: f.hint, defaultValue: value(f) };
        const error = state?.fieldErrors?.[f.name];
        return f.long ? (
          <TextArea key={f.name} {...common} error={error} />
        ) : (
          <TextField key={f.name} {...common} error={error} width={f.width} />
        );
      })}
      <button type="submit" className="button mt-6" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
