"use client";
// The officers' and providers' listing editor: every field of a listing, in sections. The field groups
// are shared with "Add your service" (components/listing-fields), so both ask the same questions.
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, SelectField, TextArea, TextField } from "@/components/ui/field";
import { AboutFields } from "@/components/listing-fields/about-fields";
import { ContactFields } from "@/components/listing-fields/contact-fields";
import { CostFields } from "@/components/listing-fields/cost-fields";
import { EasyReadField } from "@/components/listing-fields/easy-read-field";
import { HowFields } from "@/components/listing-fields/how-fields";
import { AddButton, RowBox, opts, rows, v, type Option, type Row } from "@/components/listing-fields/rows";
import { SendFields } from "@/components/listing-fields/send-fields";
import { AreasField, LocationRows, ScheduleRows } from "@/components/listing-fields/where-fields";
import { WhoFields } from "@/components/listing-fields/who-fields";
import { STATUS_LABELS } from "@/lib/services/format";
import { diffListings } from "@/lib/revisions/diff";
import type { ListingInput } from "@/lib/services/schema";
import { DiffTable } from "./diff-table";
import { LanguageAdvicePanel } from "./language-advice";
import type { ListingAdvice } from "@/lib/plain-language/advise";

type Props = {
  action: (prev: FormState | null, fd: FormData) => Promise<FormState>;
  /** Absent for a new listing. */
  serviceId?: string;
  baseUpdatedAt?: string;
  /** Staff adding a listing choose the organisation that runs it. */
  organisations?: Option[];
  submitLabels?: { submit: string; save?: string };
  initial: Row;
  options: { categories: Option[]; needs: Option[]; areas: Option[] };
  advice?: ListingAdvice;
};

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 border-t-2 border-line pt-4">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ListingEditor({
  action,
  serviceId,
  baseUpdatedAt,
  organisations,
  submitLabels,
  initial,
  options,
  advice,
}: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const f: Row = (state?.values as Row | undefined) ?? initial;
  const e = state?.fieldErrors ?? {};
  const errors = { ...e, ...(state?.formError ? { _form: state.formError } : {}) };
  const conflict = state?.detail?.conflict
    ? (state.detail as { live: ListingInput; liveListing: ListingInput; mine: ListingInput })
    : null;
  const languages = rows(f.languages);

  return (
    <form action={formAction} noValidate>
      {Object.keys(errors).length > 0 && <title>Error: Edit listing - Seabourne Local Offer</title>}
      <ErrorSummary errors={errors} />
      {serviceId && <input type="hidden" name="serviceId" value={serviceId} />}
      {baseUpdatedAt && <input type="hidden" name="baseUpdatedAt" value={baseUpdatedAt} />}
      {/* Pressing Enter in a field submits with the form's first button: make that "save as draft",
          never "Remove contact 1". */}
      <button
        type="submit"
        name="intent"
        value={submitLabels?.save ? "save" : "submit"}
        className="absolute -left-[9999px]"
        tabIndex={-1}
        aria-hidden="true"
      >
        {submitLabels?.save ?? submitLabels?.submit ?? "Save as draft"}
      </button>

      {conflict && (
        <div className="mb-6 border-l-8 border-warning bg-panel p-4">
          <h2 className="text-2xl">Compare your version with the live one</h2>
          <p className="mt-2">
            The left column is the listing as it is now; the right is yours. Change anything below, then save.
          </p>
          <DiffTable
            rows={diffListings(conflict.liveListing, conflict.mine)}
            beforeLabel="Live now"
            afterLabel="Your version"
          />
          <label className="mt-4 flex items-center gap-2 font-bold">
            <input type="checkbox" name="keepMine" value="yes" className="h-5 w-5" /> I have checked the live version:
            save my version
          </label>
        </div>
      )}

      <Section id="about" title="About the service">
        {organisations && (
          <SelectField
            name="organisationId"
            label="Organisation that runs it"
            defaultValue={v(f.organisationId)}
            error={e.organisationId}
            options={[{ value: "", label: "Choose an organisation" }, ...organisations]}
          />
        )}
        <AboutFields f={f} e={e} />
        <EasyReadField f={f} e={e} />
        {(state?.detail?.advice ?? advice) && (
          <LanguageAdvicePanel advice={(state?.detail?.advice as ListingAdvice | undefined) ?? advice!} />
        )}
        <button type="submit" name="intent" value="check" className="button button-secondary mt-4" formNoValidate>
          Check plain language
        </button>
        <TextField
          name="slug"
          label="Web address"
          hint="The last part of the public page's address, like speech-therapy-drop-in."
          defaultValue={v(f.slug)}
          error={e.slug}
        />
        <TextField
          name="tags"
          label="Extra search words"
          hint="Separate words with commas."
          defaultValue={v(f.tags)}
          error={e.tags}
        />
      </Section>

      <Section id="status" title="Open or closed">
        <ChoiceGroup
          type="radio"
          name="status"
          legend="Status"
          options={opts(STATUS_LABELS)}
          checked={[v(f.status) || "active"]}
          error={e.status}
        />
        <TextArea
          name="closureMessage"
          label="Closure message"
          hint="If temporarily closed: why, and what families can do meanwhile."
          defaultValue={v(f.closureMessage)}
          error={e.closureMessage}
        />
        <TextField
          name="reopeningDate"
          type="date"
          label="Expected reopening date"
          hint="For example, 2026-03-31"
          defaultValue={v(f.reopeningDate)}
          error={e.reopeningDate}
          width="w-48"
        />
      </Section>

      <Section id="access" title="How to get it">
        <HowFields f={f} e={e} />
      </Section>

      <Section id="who" title="Who it is for">
        <WhoFields f={f} e={e} options={options} />
        <AreasField f={f} e={e} areas={options.areas} />
      </Section>

      <Section id="costs" title="Costs">
        <CostFields f={f} e={e} />
      </Section>

      <Section id="contacts" title="Contacts">
        <ContactFields f={f} e={e} />
      </Section>

      <Section id="locations" title="Where it happens">
        <LocationRows f={f} e={e} />
      </Section>

      <Section id="times" title="Opening times">
        <ScheduleRows f={f} e={e} />
      </Section>

      <Section id="languages" title="Languages other than English">
        {languages.map((l, i) => (
          <RowBox
            key={`lang-${i}-${languages.length}`}
            legend={`Language ${i + 1}`}
            removeIntent={`remove:languages.${i}`}
          >
            <TextField
              name={`languages.${i}.name`}
              label="Language"
              defaultValue={v(l.name)}
              error={e[`languages.${i}.name`]}
              width="w-72"
            />
            <TextField
              name={`languages.${i}.code`}
              label="Language code (optional)"
              hint="Like pl or ur"
              defaultValue={v(l.code)}
              error={e[`languages.${i}.code`]}
              width="w-28"
            />
          </RowBox>
        ))}
        <AddButton field="languages" label={languages.length ? "Add another language" : "Add a language"} />
      </Section>

      <Section id="send" title="SEND questions">
        <SendFields f={f} e={e} />
      </Section>

      <Section id="checked" title="Checking">
        <TextField
          name="lastCheckedAt"
          type="date"
          label="Last checked with the provider"
          hint="The review date is 12 months after this."
          defaultValue={v(f.lastCheckedAt)}
          error={e.lastCheckedAt}
          width="w-48"
        />
      </Section>

      <div className="mt-10 flex flex-wrap gap-4 border-t-2 border-line pt-6">
        <button type="submit" name="intent" value="submit" className="button" disabled={pending}>
          {submitLabels?.submit ?? "Send for approval"}
        </button>
        {(!submitLabels || submitLabels.save) && (
          <button type="submit" name="intent" value="save" className="button button-secondary" disabled={pending}>
            {submitLabels?.save ?? "Save as draft"}
          </button>
        )}
      </div>
    </form>
  );
}
