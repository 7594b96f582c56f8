"use client";
// The /feedback form: what it is about (the reg 56 themes), the comment, an optional email for a
// reply, consent to publish anonymously, and the page it came from. Works without JavaScript; on an
// error everything typed comes back, and typed HTML stays text.
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextArea } from "@/components/ui/field";
import { Honeypot } from "@/components/ui/honeypot";
import { ReplyAndConsent } from "./reply-and-consent";
import type { FormState } from "@/lib/platform/action-client";
import { COMMENT_MAX, FEEDBACK_THEMES } from "@/lib/feedback/labels";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";

const THEMES = Object.entries(FEEDBACK_THEMES).map(([value, label]) => ({ value, label }));

export function FeedbackForm({
  action,
  page,
}: {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  page: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const value = (name: string) => (typeof state?.values?.[name] === "string" ? (state.values[name] as string) : "");
  const consent = state ? value("consent") === "yes" : false;
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(errors).length > 0 && <title>Error: Give feedback - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      {page && <input type="hidden" name="page" value={page} />}
      <ChoiceGroup
        type="radio"
        name="theme"
        legend="What is your feedback about?"
        options={THEMES}
        checked={[value("theme")]}
        error={state?.fieldErrors?.theme}
        className="[&>div]:flex-col"
      />
      <TextArea
        name="comment"
        label="Your feedback"
        hint={
          "Tell us what worked, what did not, or what we should change. Please do not include names or other " +
          `details about you or your child. Up to ${COMMENT_MAX} characters.`
        }
        defaultValue={value("comment")}
        error={state?.fieldErrors?.comment}
        rows={8}
      />
      <ReplyAndConsent email={value("email")} consent={consent} error={state?.fieldErrors?.email} />
      {/* Programs that fill every box fill this one too (lib/feedback/submit/submit.ts). */}
      <Honeypot name={HONEYPOT_FIELD} />
      <button type="submit" className="button mt-6" disabled={pending}>
        Send feedback
      </button>
    </form>
  );
}
