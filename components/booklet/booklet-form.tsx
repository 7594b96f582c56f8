// Choosing what the booklet covers: a plain GET form, so it works without JavaScript and the address
// of the booklet can be bookmarked or sent to a colleague. Leaving every field as "any" is the whole offer.
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import type { BookletChoice, ChoiceField } from "@/lib/booklet/choice";

type Term = { code: string; name: string };
type Props = {
  vocabulary: { needs: Term[]; categories: Term[]; ageGroups: Term[]; areas: Term[] };
  values?: BookletChoice;
  errors?: Partial<Record<ChoiceField, string>>;
};

export const CHOICE_LABELS: Record<ChoiceField, string> = {
  need: "Need",
  age: "Age group",
  category: "Type of support",
  area: "Area",
};

const options = (any: string, terms: Term[]) => [
  { value: "", label: any },
  ...terms.map((t) => ({ value: t.code, label: t.name })),
];

export function BookletForm({ vocabulary, values = {}, errors }: Props) {
  return (
    <form method="get" action="/print" noValidate className="max-w-2xl">
      <ErrorSummary errors={errors} labels={CHOICE_LABELS} />
      <SelectField
        name="need"
        label={CHOICE_LABELS.need}
        hint="For example, autism or a hearing impairment."
        defaultValue={values.need}
        error={errors?.need}
        options={options("Any need", vocabulary.needs)}
      />
      <SelectField
        name="age"
        label={CHOICE_LABELS.age}
        defaultValue={values.age}
        error={errors?.age}
        options={options("Any age, 0 to 25", vocabulary.ageGroups)}
      />
      <SelectField
        name="category"
        label={CHOICE_LABELS.category}
        defaultValue={values.category}
        error={errors?.category}
        options={options("Any type of support", vocabulary.categories)}
      />
      <SelectField
        name="area"
        label={CHOICE_LABELS.area}
        hint="Services for the whole borough are in every area's booklet."
        defaultValue={values.area}
        error={errors?.area}
        options={options("Anywhere in Seabourne", vocabulary.areas)}
      />
      <button type="submit" className="button mt-6">
        Make the booklet
      </button>
    </form>
  );
}
