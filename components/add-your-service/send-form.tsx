"use client";
// The declaration on "Check your answers": who is sending it, their email address (the link that
// confirms it goes there), and that the information may be shared. Works without JavaScript.
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextField } from "@/components/ui/field";
import { Honeypot } from "@/components/ui/honeypot";

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  honeypot: string;
  initial: { name: string; email: string };
};

export function SendForm({ action, honeypot, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const e = state?.fieldErrors ?? {};
  const errors = { ...e, ...(state?.formError ? { _form: state.formError } : {}) };
  const value = (k: "name" | "email") =>
    typeof state?.values?.[k] === "string" ? (state.values[k] as string) : initial[k];
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(errors).length > 0 && <title>Error: Check your answers - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      <TextField name="name" label="Your name" defaultValue={value("name")} error={e.name} autoComplete="name" />
      <TextField
        name="email"
        type="email"
        label="Your email address"
        hint="We send a link to this address. Your service reaches the council when you open the link."
        defaultValue={value("email")}
        error={e.email}
        autoComplete="email"
      />
      <ChoiceGroup
        name="declaration"
        legend="Declaration"
        options={[
          {
            value: "yes",
            label:
              "The information is correct as far as I know, and I may share it for the organisation. The council may publish it and change it to keep it clear and accurate.",
          },
        ]}
        checked={state?.values?.declaration === "yes" ? ["yes"] : []}
        error={e.declaration}
      />
      <Honeypot name={honeypot} />
      <button type="submit" className="button mt-6" disabled={pending}>
        Send to the council
      </button>
    </form>
  );
}
