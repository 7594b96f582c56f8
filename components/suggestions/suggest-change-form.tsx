"use client";
// The public "Suggest a change" form: what is wrong (one choice), more detail, and a hidden field only
// programs fill in. Works without JavaScript; on an error everything typed comes back.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea } from "@/components/ui/field";
import { Honeypot } from "@/components/ui/honeypot";
import type { FormState } from "@/lib/platform/action-client";
import { MESSAGE_MAX, SUGGESTION_KINDS } from "@/lib/suggestions/labels";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";

const KINDS = Object.entries(SUGGESTION_KINDS).map(([value, label]) => ({ value, label }));

export function SuggestChangeForm({
  action,
  slug,
  serviceName,
}: {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  slug: string;
  serviceName: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const value = (name: string) => (typeof state?.values?.[name] === "string" ? (state.values[name] as string) : "");
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(errors).length > 0 && (
        <title>{`Error: Suggest a change to ${serviceName} - Seabourne Local Offer`}</title>
      )}
      <ErrorSummary errors={errors} />
      <input type="hidden" name="slug" value={slug} />
      <ChoiceGroup
        type="radio"
        name="kind"
        legend="What is wrong?"
        options={KINDS}
        checked={[value("kind")]}
        error={state?.fieldErrors?.kind}
        className="[&>div]:flex-col"
      />
      <TextArea
        name="message"
        label="Tell us more (optional unless you chose “Something else”)"
        hint={
          "For example, the right phone number or the new address. Do not include your own name or details. " +
          `Up to ${MESSAGE_MAX} characters.`
        }
        defaultValue={value("message")}
        error={state?.fieldErrors?.message}
        rows={5}
      />
      {/* Programs that fill every box fill this one too (see lib/suggestions/submit.ts). */}
      <Honeypot name={HONEYPOT_FIELD} />
      <button type="submit" className="button mt-6" disabled={pending}>
        Send suggestion
      </button>
    </form>
  );
}
