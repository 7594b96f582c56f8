"use client";
// A small form bound to a server action with useActionState: a button (and maybe a reason),
// hidden ids, and the error summary when the action says no. Works without JavaScript.
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  submitLabel: string;
  secondary?: boolean;
  reasonField?: { name: string; label: string; hint?: string };
  children?: ReactNode;
};

export function ActionForm({ action, hidden, submitLabel, secondary, reasonField, children }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const reason =
    reasonField && typeof state?.values?.[reasonField.name] === "string"
      ? (state.values[reasonField.name] as string)
      : "";
  return (
    <form action={formAction} noValidate className="mt-4">
      {Object.keys(errors).length > 0 && <title>Error: There is a problem - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      {reasonField && (
        <TextArea
          name={reasonField.name}
          label={reasonField.label}
          hint={reasonField.hint}
          defaultValue={reason}
          error={state?.fieldErrors?.[reasonField.name]}
        />
      )}
      <button type="submit" disabled={pending} className={`button mt-4 ${secondary ? "button-secondary" : ""}`}>
        {submitLabel}
      </button>
    </form>
  );
}
