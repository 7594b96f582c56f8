"use client";
// One task of "Add your service": its questions (the same field groups the listing editor uses), then
// "Save and continue" (checked) or "Save and come back later" (kept as typed). Works without JavaScript.
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { AboutFields } from "@/components/listing-fields/about-fields";
import { ContactFields } from "@/components/listing-fields/contact-fields";
import { CostFields } from "@/components/listing-fields/cost-fields";
import { EasyReadField } from "@/components/listing-fields/easy-read-field";
import { HowFields } from "@/components/listing-fields/how-fields";
import type { GroupProps, Option, Row } from "@/components/listing-fields/rows";
import { SendFields } from "@/components/listing-fields/send-fields";
import { AreasField, LocationRows, ScheduleRows } from "@/components/listing-fields/where-fields";
import { WhoFields } from "@/components/listing-fields/who-fields";
import type { ListingTask } from "@/lib/submissions/tasks";

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  task: ListingTask;
  title: string;
  initial: Row;
  options: { categories: Option[]; needs: Option[]; areas: Option[] };
};

function Questions({ task, options, ...group }: GroupProps & Pick<Props, "task" | "options">) {
  switch (task) {
    case "about":
      return (
        <>
          <AboutFields {...group} />
          <EasyReadField {...group} />
        </>
      );
    case "who":
      return <WhoFields {...group} options={options} suggested />;
    case "how":
      return <HowFields {...group} />;
    case "where":
      return (
        <>
          <AreasField {...group} areas={options.areas} />
          <h2 className="mt-8 text-2xl">Venues</h2>
          <p className="mt-1 text-base text-muted">
            Add each place where families go. Skip this if it is online or at home.
          </p>
          <LocationRows {...group} />
          <h2 className="mt-8 text-2xl">Opening times</h2>
          <p className="mt-1 text-base text-muted">Add the days and times it runs, if it runs at set times.</p>
          <ScheduleRows {...group} />
        </>
      );
    case "costs":
      return <CostFields {...group} />;
    case "contact":
      return <ContactFields {...group} />;
    case "send":
      return <SendFields {...group} />;
  }
}

export function TaskForm({ action, task, title, initial, options }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const f: Row = (state?.values as Row | undefined) ?? initial;
  const e = state?.fieldErrors ?? {};
  const errors = { ...e, ...(state?.formError ? { _form: state.formError } : {}) };
  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {Object.keys(errors).length > 0 && <title>{`Error: ${title} - Seabourne Local Offer`}</title>}
      <ErrorSummary errors={errors} />
      <input type="hidden" name="task" value={task} />
      {/* Enter in a field presses the form's first button: make that "Save and continue", never "Remove". */}
      <button type="submit" className="absolute -left-[9999px]" tabIndex={-1} aria-hidden="true">
        Save and continue
      </button>
      <Questions task={task} options={options} f={f} e={e} />
      <div className="mt-10 flex flex-wrap gap-4 border-t-2 border-line pt-6">
        <button type="submit" className="button" disabled={pending}>
          Save and continue
        </button>
        <button
          type="submit"
          name="intent"
          value="later"
          className="button button-secondary"
          disabled={pending}
          formNoValidate
        >
          Save and come back later
        </button>
      </div>
    </form>
  );
}
