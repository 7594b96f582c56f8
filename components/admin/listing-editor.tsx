"use client";
// The listing editor: every field of a listing, in sections, lists edited as rows with "Add
// another" and "Remove" buttons that work without JavaScript (they post an intent).
import { useActionState } from "react";
import type { FormState } from "@/lib/platform/action-client";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, SelectField, TextArea, TextField } from "@/components/ui/field";
import { ACCESS_LABELS, COST_LABELS, DAY_NAMES, STATUS_LABELS } from "@/lib/services/format";
import { SEND_QUESTIONS } from "@/lib/services/send-questions";
import { diffListings } from "@/lib/revisions/diff";
import type { ListingInput } from "@/lib/services/schema";
import { DiffTable } from "./diff-table";
import { LanguageAdvicePanel } from "./language-advice";
import type { ListingAdvice } from "@/lib/plain-language/advise";

type Row = Record<string, unknown>;
type Option = { value: string; label: string };
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

const v = (x: unknown) => (typeof x === "string" || typeof x === "number" ? String(x) : "");
const rows = (x: unknown): Row[] => (Array.isArray(x) ? (x.filter(Boolean) as Row[]) : []);
const strs = (x: unknown): string[] => (Array.isArray(x) ? x.map(String) : typeof x === "string" && x ? [x] : []);
const opts = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

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

function RowBox({
  legend,
  children,
  removeIntent,
}: {
  legend: string;
  children: React.ReactNode;
  removeIntent: string;
}) {
  return (
    <fieldset className="mt-4 border-2 border-line p-4">
      <legend className="px-1 font-bold">{legend}</legend>
      {children}
      <button type="submit" name="intent" value={removeIntent} className="button button-secondary mt-4" formNoValidate>
        Remove {legend.toLowerCase()}
      </button>
    </fieldset>
  );
}

function AddButton({ field, label }: { field: string; label: string }) {
  return (
    <button type="submit" name="intent" value={`add:${field}`} className="button button-secondary mt-4" formNoValidate>
      {label}
    </button>
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
  const contacts = rows(f.contacts);
  const locations = rows(f.locations);
  const schedules = rows(f.schedules);
  const costs = rows(f.costOptions);
  const languages = rows(f.languages);
  const answers = (f.sendAnswers ?? {}) as Row;

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
        <TextField name="name" label="Service name" defaultValue={v(f.name)} error={e.name} />
        <TextField
          name="summary"
          label="Summary"
          hint="One or two sentences in plain words: what it is and who it helps."
          defaultValue={v(f.summary)}
          error={e.summary}
        />
        <TextArea
          name="description"
          label="Full description"
          rows={8}
          hint="Leave a blank line between paragraphs."
          defaultValue={v(f.description)}
          error={e.description}
        />
        {(state?.detail?.advice ?? advice) && (
          <LanguageAdvicePanel advice={(state?.detail?.advice as ListingAdvice | undefined) ?? advice!} />
        )}
        <button type="submit" name="intent" value="check" className="button button-secondary mt-4" formNoValidate>
          Check plain language
        </button>
        <TextArea name="whoFor" label="Who it is for" defaultValue={v(f.whoFor)} error={e.whoFor} />
        <TextArea
          name="eligibility"
          label="Who can use it (eligibility), if there are rules"
          defaultValue={v(f.eligibility)}
          error={e.eligibility}
        />
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
        <ChoiceGroup
          type="radio"
          name="accessMethod"
          legend="How do families start?"
          options={opts(ACCESS_LABELS)}
          checked={[v(f.accessMethod)]}
          error={e.accessMethod}
        />
        <TextArea
          name="referralRoute"
          label="Who can refer, and how"
          defaultValue={v(f.referralRoute)}
          error={e.referralRoute}
        />
        <TextField
          name="referralUrl"
          type="url"
          label="Referral form web address"
          defaultValue={v(f.referralUrl)}
          error={e.referralUrl}
        />
        <TextField name="waitingTime" label="Waiting time" defaultValue={v(f.waitingTime)} error={e.waitingTime} />
        <TextField name="url" type="url" label="Website" defaultValue={v(f.url)} error={e.url} />
        <TextField
          name="email"
          type="email"
          label="Email address for the service"
          defaultValue={v(f.email)}
          error={e.email}
        />
      </Section>

      <Section id="who" title="Ages, needs and areas">
        <div className="flex flex-wrap gap-6">
          <TextField
            name="minimumAge"
            label="Youngest age"
            hint="0 to 25"
            defaultValue={v(f.minimumAge)}
            error={e.minimumAge}
            width="w-24"
          />
          <TextField
            name="maximumAge"
            label="Oldest age"
            hint="0 to 25"
            defaultValue={v(f.maximumAge)}
            error={e.maximumAge}
            width="w-24"
          />
        </div>
        <ChoiceGroup
          name="categories[]"
          legend="Categories"
          options={options.categories}
          checked={strs(f.categories)}
          error={e.categories}
        />
        <ChoiceGroup
          name="needs[]"
          legend="Needs it supports"
          options={options.needs}
          checked={strs(f.needs)}
          error={e.needs}
        />
        <ChoiceGroup
          name="areas[]"
          legend="Areas it covers"
          options={options.areas}
          checked={strs(f.areas)}
          error={e.areas}
        />
      </Section>

      <Section id="costs" title="Costs">
        <ChoiceGroup
          type="radio"
          name="costType"
          legend="Does it cost anything?"
          options={opts(COST_LABELS)}
          checked={[v(f.costType)]}
          error={e.costType}
        />
        {costs.map((c, i) => (
          <RowBox key={`cost-${i}-${costs.length}`} legend={`Cost ${i + 1}`} removeIntent={`remove:costOptions.${i}`}>
            <TextField
              name={`costOptions.${i}.option`}
              label="What the cost is for"
              defaultValue={v(c.option)}
              error={e[`costOptions.${i}.option`]}
            />
            <TextField
              name={`costOptions.${i}.amount`}
              label="Amount in pounds"
              defaultValue={v(c.amount)}
              error={e[`costOptions.${i}.amount`]}
              width="w-32"
            />
            <TextField
              name={`costOptions.${i}.amountDescription`}
              label="About the amount"
              hint="For example, per session"
              defaultValue={v(c.amountDescription)}
              error={e[`costOptions.${i}.amountDescription`]}
            />
          </RowBox>
        ))}
        <AddButton field="costOptions" label={costs.length ? "Add another cost" : "Add a cost"} />
      </Section>

      <Section id="contacts" title="Contacts">
        {e.contacts && (
          <p className="mt-2 font-bold text-danger" id="f-contacts">
            {e.contacts}
          </p>
        )}
        {contacts.map((c, i) => {
          const phones = [...rows(c.phones), { number: "", description: "" }];
          return (
            <RowBox
              key={`contact-${i}-${contacts.length}`}
              legend={`Contact ${i + 1}`}
              removeIntent={`remove:contacts.${i}`}
            >
              <TextField
                name={`contacts.${i}.title`}
                label="Role"
                hint="For example, SEND duty officer. Roles last longer than names."
                defaultValue={v(c.title)}
                error={e[`contacts.${i}.title`]}
              />
              <TextField
                name={`contacts.${i}.name`}
                label="Name (optional)"
                defaultValue={v(c.name)}
                error={e[`contacts.${i}.name`]}
              />
              <TextField
                name={`contacts.${i}.email`}
                type="email"
                label="Email address"
                defaultValue={v(c.email)}
                error={e[`contacts.${i}.email`]}
              />
              {phones.map((p, j) => (
                <div key={`phone-${j}-${phones.length}`} className="flex flex-wrap gap-4">
                  <TextField
                    name={`contacts.${i}.phones.${j}.number`}
                    type="tel"
                    label={`Phone number ${j + 1}`}
                    defaultValue={v(p.number)}
                    error={e[`contacts.${i}.phones.${j}.number`]}
                    width="w-56"
                  />
                  <TextField
                    name={`contacts.${i}.phones.${j}.description`}
                    label={`When to call number ${j + 1}`}
                    defaultValue={v(p.description)}
                    error={e[`contacts.${i}.phones.${j}.description`]}
                  />
                </div>
              ))}
            </RowBox>
          );
        })}
        <AddButton field="contacts" label={contacts.length ? "Add another contact" : "Add a contact"} />
      </Section>

      <Section id="locations" title="Where it happens">
        {locations.map((l, i) => (
          <RowBox key={`loc-${i}-${locations.length}`} legend={`Venue ${i + 1}`} removeIntent={`remove:locations.${i}`}>
            <TextField
              name={`locations.${i}.name`}
              label="Venue name"
              defaultValue={v(l.name)}
              error={e[`locations.${i}.name`]}
            />
            <TextField
              name={`locations.${i}.address1`}
              label="Address line 1"
              defaultValue={v(l.address1)}
              error={e[`locations.${i}.address1`]}
            />
            <TextField
              name={`locations.${i}.address2`}
              label="Address line 2 (optional)"
              defaultValue={v(l.address2)}
              error={e[`locations.${i}.address2`]}
            />
            <TextField
              name={`locations.${i}.city`}
              label="Town or city"
              defaultValue={v(l.city)}
              error={e[`locations.${i}.city`]}
              width="w-72"
            />
            <TextField
              name={`locations.${i}.postcode`}
              label="Postcode"
              defaultValue={v(l.postcode)}
              error={e[`locations.${i}.postcode`]}
              width="w-40"
            />
            <TextArea
              name={`locations.${i}.description`}
              label="How to find it (optional)"
              defaultValue={v(l.description)}
              error={e[`locations.${i}.description`]}
              rows={2}
            />
            <TextArea
              name={`locations.${i}.accessibility`}
              label="Access facts"
              hint="One per line, for example: Step-free access"
              defaultValue={v(l.accessibility)}
              error={e[`locations.${i}.accessibility`]}
              rows={3}
            />
          </RowBox>
        ))}
        <AddButton field="locations" label={locations.length ? "Add another venue" : "Add a venue"} />
      </Section>

      <Section id="times" title="Opening times">
        {schedules.map((s, i) => (
          <RowBox
            key={`time-${i}-${schedules.length}`}
            legend={`Opening time ${i + 1}`}
            removeIntent={`remove:schedules.${i}`}
          >
            <ChoiceGroup
              name={`schedules.${i}.byday[]`}
              legend="Days"
              options={opts(DAY_NAMES)}
              checked={strs(s.byday)}
              error={e[`schedules.${i}.byday`]}
            />
            <div className="flex flex-wrap gap-6">
              <TextField
                name={`schedules.${i}.opensAt`}
                label="Opens"
                hint="Like 09:30"
                defaultValue={v(s.opensAt)}
                error={e[`schedules.${i}.opensAt`]}
                width="w-28"
              />
              <TextField
                name={`schedules.${i}.closesAt`}
                label="Closes"
                hint="Like 15:00"
                defaultValue={v(s.closesAt)}
                error={e[`schedules.${i}.closesAt`]}
                width="w-28"
              />
            </div>
            <SelectField
              name={`schedules.${i}.freq`}
              label="How often"
              options={[
                { value: "WEEKLY", label: "Every week" },
                { value: "MONTHLY", label: "Once a month" },
              ]}
              defaultValue={v(s.freq) || "WEEKLY"}
            />
            <label className="mt-4 flex items-center gap-2">
              <input
                type="checkbox"
                name={`schedules.${i}.termTimeOnly`}
                defaultChecked={s.termTimeOnly === "on"}
                className="h-5 w-5"
              />{" "}
              Term time only
            </label>
            <TextField
              name={`schedules.${i}.locationName`}
              label="Venue name (optional)"
              hint="As written under Where it happens"
              defaultValue={v(s.locationName)}
              error={e[`schedules.${i}.locationName`]}
            />
            <TextField
              name={`schedules.${i}.description`}
              label="Note (optional)"
              defaultValue={v(s.description)}
              error={e[`schedules.${i}.description`]}
            />
          </RowBox>
        ))}
        <AddButton field="schedules" label={schedules.length ? "Add more opening times" : "Add opening times"} />
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
        <p className="mt-2 text-base text-muted">
          The questions every provider answers under the SEND Regulations 2014. Leave blank any that do not apply.
        </p>
        {SEND_QUESTIONS.map((q) => (
          <TextArea
            key={q.code}
            name={`sendAnswers.${q.code}`}
            label={q.question}
            defaultValue={v(answers[q.code])}
            error={e[`sendAnswers.${q.code}`]}
            rows={3}
          />
        ))}
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
