"use client";
// "Tell us about support that is missing": need, age group and area (each may be "Not sure"), what
// they looked for, and the same optional comment, reply email and consent as /feedback. Starts filled
// in from the search that found too little (app/(public)/services/page.tsx links here with it).
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, SelectField, TextArea } from "@/components/ui/field";
import { Honeypot } from "@/components/ui/honeypot";
import { ReplyAndConsent } from "./reply-and-consent";
import type { FormState } from "@/lib/platform/action-client";
import { COMMENT_MAX, LOOKED_FOR_MAX, MISSING_AGE_GROUPS } from "@/lib/feedback/labels";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";

type Option = { value: string; label: string };
const AGES: Option[] = [
  ...Object.entries(MISSING_AGE_GROUPS).map(([value, label]) => ({ value, label })),
  { value: "", label: "Not sure, or more than one" },
];

export function MissingSupportForm({
  action,
  needs,
  areas,
  start,
}: {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  needs: Option[];
  areas: Option[];
  start: { need: string; ageGroup: string; area: string; lookedFor: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const value = (name: string, fallback = "") =>
    state ? (typeof state.values?.[name] === "string" ? (state.values[name] as string) : "") : fallback;
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(errors).length > 0 && (
        <title>Error: Tell us about support that is missing - Seabourne Local Offer</title>
      )}
      <ErrorSummary errors={errors} />
      <TextArea
        name="lookedFor"
        label="What support were you looking for?"
        hint={`For example, “a Saturday swimming club for autistic teenagers”. Up to ${LOOKED_FOR_MAX} characters.`}
        defaultValue={value("lookedFor", start.lookedFor)}
        error={state?.fieldErrors?.lookedFor}
        rows={3}
      />
      <SelectField
        name="need"
        label="Which need is it for? (optional)"
        options={[{ value: "", label: "Not sure, or more than one" }, ...needs]}
        defaultValue={value("need", start.need)}
        error={state?.fieldErrors?.need}
      />
      <ChoiceGroup
        type="radio"
        name="ageGroup"
        legend="How old is the child or young person? (optional)"
        options={AGES}
        checked={[value("ageGroup", start.ageGroup)]}
        error={state?.fieldErrors?.ageGroup}
        className="[&>div]:flex-col"
      />
      <SelectField
        name="area"
        label="Which part of Seabourne? (optional)"
        options={[{ value: "", label: "Not sure, or anywhere" }, ...areas]}
        defaultValue={value("area", start.area)}
        error={state?.fieldErrors?.area}
      />
      <TextArea
        name="comment"
        label="Anything else you want to tell us? (optional)"
        hint={`Please do not include names or other details about you or your child. Up to ${COMMENT_MAX} characters.`}
        defaultValue={value("comment")}
        error={state?.fieldErrors?.comment}
        rows={5}
      />
      <ReplyAndConsent email={value("email")} consent={value("consent") === "yes"} error={state?.fieldErrors?.email} />
      <Honeypot name={HONEYPOT_FIELD} />
      <button type="submit" className="button mt-6" disabled={pending}>
        Send
      </button>
    </form>
  );
}
