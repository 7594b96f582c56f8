// Who the service is for: in words, ages, eligibility, and the categories and needs it is found under.
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/field";
import { strs, v, type GroupProps, type Option } from "./rows";

type Props = GroupProps & {
  options: { categories: Option[]; needs: Option[] };
  /** A provider's choices are suggestions: the council sets the categories and needs on approval. */
  suggested?: boolean;
};

export function WhoFields({ f, e, options, suggested }: Props) {
  return (
    <>
      <TextArea name="whoFor" label="Who it is for" defaultValue={v(f.whoFor)} error={e.whoFor} />
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
      <TextArea
        name="eligibility"
        label="Who can use it (eligibility), if there are rules"
        defaultValue={v(f.eligibility)}
        error={e.eligibility}
      />
      <ChoiceGroup
        name="categories[]"
        legend={suggested ? "What kind of support is it?" : "Categories"}
        hint={suggested ? "Choose all that fit. The council checks these before your service goes live." : undefined}
        options={options.categories}
        checked={strs(f.categories)}
        error={e.categories}
      />
      <ChoiceGroup
        name="needs[]"
        legend={suggested ? "Which needs does it support?" : "Needs it supports"}
        hint={suggested ? "Choose all that fit, or none if it is open to all." : undefined}
        options={options.needs}
        checked={strs(f.needs)}
        error={e.needs}
      />
    </>
  );
}
