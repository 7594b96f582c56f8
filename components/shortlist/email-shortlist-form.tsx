"use client";
// "Email this list to yourself": one address, sent once and not kept. Works without JavaScript; on an
// error the address typed comes back with the GOV.UK error summary.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { Honeypot } from "@/components/ui/honeypot";
import type { FormState } from "@/lib/platform/action-client";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";

export function EmailShortlistForm({
  action,
}: {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const email = typeof state?.values?.email === "string" ? state.values.email : "";
  return (
    <form action={formAction} noValidate className="mt-6 max-w-2xl">
      {Object.keys(errors).length > 0 && <title>Error: Email your list - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label="Your email address"
        hint="We send your list to this address once. We do not keep it."
        defaultValue={email}
        error={state?.fieldErrors?.email}
      />
      <Honeypot name={HONEYPOT_FIELD} />
      <button type="submit" className="button mt-6" disabled={pending}>
        Send my list
      </button>
    </form>
  );
}
