"use client";
// The optional "What were you looking for?" box after a click on "Was this page helpful?". `ref` is
// the server's signed id of that click's row, so the words join the answer they explain.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/field";
import { Honeypot } from "@/components/ui/honeypot";
import type { FormState } from "@/lib/platform/action-client";
import { FOLLOW_UP_MAX } from "@/lib/feedback/labels";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";

export function FollowUpForm({
  action,
  reference,
}: {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  reference: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const words = typeof state?.values?.words === "string" ? state.values.words : "";
  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl">
      {Object.keys(errors).length > 0 && <title>Error: Thank you for your answer - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      <input type="hidden" name="ref" value={reference} />
      <TextArea
        name="words"
        label="What were you looking for? (optional)"
        hint={`Please do not include names or details about you or your child. Up to ${FOLLOW_UP_MAX} characters.`}
        defaultValue={words}
        error={state?.fieldErrors?.words}
        rows={4}
      />
      <Honeypot name={HONEYPOT_FIELD} />
      <button type="submit" className="button mt-4" disabled={pending}>
        Send
      </button>
    </form>
  );
}
