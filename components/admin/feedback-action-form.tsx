"use client";
// One of the forms on an officer's feedback page: fields described as data (text boxes, lists, radios),
// the GOV.UK error summary, and everything typed kept when the action says no. Works without JavaScript.
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, SelectField, TextArea } from "@/components/ui/field";

type Option = { value: string; label: string };
export type FeedbackFormField =
  | { type: "textarea"; name: string; label: string; hint?: string; value?: string; rows?: number }
  | { type: "select" | "radios"; name: string; label: string; hint?: string; value?: string; options: Option[] };

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  feedbackId: string;
  fields: FeedbackFormField[];
  submitLabel: string;
  /** Names the error summary's links, since several forms share the page. */
  labels?: Record<string, string>;
};

export function FeedbackActionForm({ action, feedbackId, fields, submitLabel, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const value = (f: FeedbackFormField) =>
    typeof state?.values?.[f.name] === "string" ? (state.values[f.name] as string) : (f.value ?? "");
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {Object.keys(errors).length > 0 && <title>Error: There is a problem - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} labels={labels} />
      <input type="hidden" name="feedbackId" value={feedbackId} />
      {fields.map((f) => {
        const error = state?.fieldErrors?.[f.name];
        if (f.type === "textarea")
          return (
            <TextArea
              key={f.name}
              name={f.name}
              label={f.label}
              hint={f.hint}
              rows={f.rows}
              defaultValue={value(f)}
              error={error}
            />
          );
        if (f.type === "select")
          return (
            <SelectField
              key={f.name}
              name={f.name}
              label={f.label}
              hint={f.hint}
              options={f.options}
              defaultValue={value(f)}
              error={error}
            />
          );
        return (
          <ChoiceGroup
            key={f.name}
            type="radio"
            name={f.name}
            legend={f.label}
            hint={f.hint}
            options={f.options}
            checked={[value(f)]}
            error={error}
          />
        );
      })}
      <button type="submit" disabled={pending} className="button mt-4">
        {submitLabel}
      </button>
    </form>
  );
}
