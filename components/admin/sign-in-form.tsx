"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { requestSignInLink } from "@/lib/auth/actions";

export function SignInForm({
  next,
  email: suggested,
  submitLabel = "Send me a sign-in link",
}: {
  next?: string;
  email?: string;
  submitLabel?: string;
}) {
  const [state, action, pending] = useActionState(requestSignInLink, null);
  const email = typeof state?.values?.email === "string" ? state.values.email : (suggested ?? "");
  // A form too big to read (made up, not posted by this page) comes back with a message for the whole form.
  const errors = state?.formError ? { ...state.fieldErrors, _form: state.formError } : state?.fieldErrors;
  return (
    <form action={action} noValidate className="max-w-xl">
      {errors && <title>Error: Sign in - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      <input type="hidden" name="next" value={next ?? "/admin"} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        defaultValue={email}
        hint="Use your work email address. We will email you a link that signs you in."
        error={state?.fieldErrors?.email}
      />
      <button type="submit" className="button mt-6" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
