"use client";
// The add and change form for an event: GOV.UK fields, the error summary with a link per field,
// everything typed kept on an error, and "does it repeat?" as plain choices (no JavaScript needed).
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, SelectField, TextArea, TextField } from "@/components/ui/field";
import { REPEAT_LABELS } from "@/lib/events/repeat";

export type EventFormValues = Record<string, string | string[]>;
type Choice = { value: string; label: string };
type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  initial: EventFormValues;
  hidden?: Record<string, string>;
  organisations: Choice[];
  services: Choice[];
  needs: Choice[];
  areas: Choice[];
  title: string;
};

export function EventForm({ action, initial, hidden = {}, organisations, services, needs, areas, title }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = { ...(state?.fieldErrors ?? {}), ...(state?.formError ? { _form: state.formError } : {}) };
  const values = (state?.values ?? initial) as Record<string, unknown>;
  const val = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const many = (k: string) => (Array.isArray(values[k]) ? (values[k] as string[]) : []);
  const e = state?.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      {Object.keys(errors).length > 0 && <title>{`Error: ${title} - Seabourne Local Offer`}</title>}
      <ErrorSummary errors={errors} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <h2 className="mt-6 text-2xl">About the event</h2>
      <SelectField
        name="organisationId"
        label="Organisation running it"
        defaultValue={val("organisationId")}
        error={e.organisationId}
        options={organisations.length === 1 ? organisations : [{ value: "", label: "Choose" }, ...organisations]}
      />
      <SelectField
        name="serviceId"
        label="Listing it belongs to (optional)"
        hint="The event page links to the listing, and the listing shows the event."
        defaultValue={val("serviceId")}
        error={e.serviceId}
        options={[{ value: "", label: "None" }, ...services]}
      />
      <TextField name="title" label="Name of the event" defaultValue={val("title")} error={e.title} />
      <TextField
        name="summary"
        label="What it is, in one sentence"
        hint="For example: a relaxed coffee morning for parents of autistic children."
        defaultValue={val("summary")}
        error={e.summary}
      />
      <TextArea
        name="description"
        label="More about it (optional)"
        hint="What happens, what to bring. Up to 5000 characters."
        defaultValue={val("description")}
        error={e.description}
      />
      <h2 className="mt-8 text-2xl">When</h2>
      <TextField
        name="startDate"
        type="date"
        label="Date"
        hint="For example, 2027-03-31"
        defaultValue={val("startDate")}
        error={e.startDate}
        width="w-48"
      />
      <TextField
        name="startTime"
        type="time"
        label="Start time"
        hint="UK time, for example 10:00"
        defaultValue={val("startTime")}
        error={e.startTime}
        width="w-36"
      />
      <TextField
        name="endTime"
        type="time"
        label="End time"
        defaultValue={val("endTime")}
        error={e.endTime}
        width="w-36"
      />
      <TextField
        name="endDate"
        type="date"
        label="End date, if it runs over more than one day (optional)"
        defaultValue={val("endDate")}
        error={e.endDate}
        width="w-48"
      />
      <ChoiceGroup
        name="allDay"
        legend="All day"
        hint="Tick this if it has no set times. You can leave the times empty."
        error={e.allDay}
        checked={[val("allDay")]}
        options={[{ value: "yes", label: "It runs all day" }]}
      />
      <ChoiceGroup
        type="radio"
        name="repeat"
        legend="Does it repeat?"
        error={e.repeat}
        checked={[val("repeat") || "none"]}
        options={Object.entries(REPEAT_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <ChoiceGroup
        type="radio"
        name="repeatEnd"
        legend="If it repeats, when does it stop?"
        error={e.repeatEnd}
        checked={[val("repeatEnd")]}
        options={[
          { value: "until", label: "On a date" },
          { value: "count", label: "After a number of times" },
        ]}
      />
      <TextField
        name="repeatUntil"
        type="date"
        label="Last date"
        hint="If it stops on a date"
        defaultValue={val("repeatUntil")}
        error={e.repeatUntil}
        width="w-48"
      />
      <TextField
        name="repeatCount"
        type="number"
        label="How many times in all"
        hint="If it stops after a number of times: from 2 to 104"
        defaultValue={val("repeatCount")}
        error={e.repeatCount}
        width="w-24"
      />
      <h2 className="mt-8 text-2xl">Where</h2>
      <TextField
        name="venueName"
        label="Venue name"
        hint="Leave empty if it is only online."
        defaultValue={val("venueName")}
        error={e.venueName}
      />
      <TextField
        name="address"
        label="Address"
        defaultValue={val("address")}
        error={e.address}
        autoComplete="street-address"
      />
      <TextField
        name="postcode"
        label="Postcode"
        defaultValue={val("postcode")}
        error={e.postcode}
        width="w-36"
        autoComplete="postal-code"
      />
      <TextField
        name="onlineUrl"
        type="url"
        label="Online link (optional)"
        hint="For example, https://meet.example.org/coffee"
        defaultValue={val("onlineUrl")}
        error={e.onlineUrl}
      />
      <TextArea
        name="accessibility"
        label="Access (optional)"
        hint="Step-free entrance, quiet room, hearing loop, accessible toilet."
        defaultValue={val("accessibility")}
        error={e.accessibility}
      />
      <h2 className="mt-8 text-2xl">Who it is for</h2>
      <TextArea
        name="whoFor"
        label="Who it is for (optional)"
        hint="For example: parents and carers of children with SEND."
        defaultValue={val("whoFor")}
        error={e.whoFor}
      />
      <TextField
        name="minimumAge"
        type="number"
        label="Youngest age (optional)"
        defaultValue={val("minimumAge")}
        error={e.minimumAge}
        width="w-24"
      />
      <TextField
        name="maximumAge"
        type="number"
        label="Oldest age (optional)"
        defaultValue={val("maximumAge")}
        error={e.maximumAge}
        width="w-24"
      />
      <ChoiceGroup
        name="needs[]"
        legend="Needs it suits (optional)"
        hint="Leave all empty if it suits any need."
        error={e.needs}
        checked={many("needs")}
        options={needs}
      />
      <ChoiceGroup name="areas[]" legend="Areas (optional)" error={e.areas} checked={many("areas")} options={areas} />
      <h2 className="mt-8 text-2xl">Cost and booking</h2>
      <ChoiceGroup
        type="radio"
        name="costType"
        legend="Is it free?"
        error={e.costType}
        checked={[val("costType")]}
        options={[
          { value: "free", label: "Yes, it is free" },
          { value: "paid", label: "No, there is a cost" },
        ]}
      />
      <TextField
        name="cost"
        label="What it costs (if not free)"
        hint="For example, £3 per family"
        defaultValue={val("cost")}
        error={e.cost}
      />
      <TextArea
        name="bookingHow"
        label="How to book (optional)"
        hint="For example: just turn up, or book by phone."
        defaultValue={val("bookingHow")}
        error={e.bookingHow}
      />
      <TextField
        name="bookingUrl"
        type="url"
        label="Booking link (optional)"
        defaultValue={val("bookingUrl")}
        error={e.bookingUrl}
      />
      <TextField
        name="bookingPhone"
        type="tel"
        label="Booking phone number (optional)"
        defaultValue={val("bookingPhone")}
        error={e.bookingPhone}
        width="w-64"
      />
      <div className="mt-8 flex flex-wrap gap-4">
        <button type="submit" name="intent" value="submit" className="button" disabled={pending}>
          Send for approval
        </button>
        <button type="submit" name="intent" value="draft" className="button button-secondary" disabled={pending}>
          Save as draft
        </button>
      </div>
    </form>
  );
}
