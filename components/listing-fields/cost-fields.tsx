// Whether it costs anything, and each cost as a row.
import { ChoiceGroup, TextField } from "@/components/ui/field";
import { COST_LABELS } from "@/lib/services/format";
import { AddButton, RowBox, opts, rows, v, type GroupProps } from "./rows";

export function CostFields({ f, e }: GroupProps) {
  const costs = rows(f.costOptions);
  return (
    <>
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
    </>
  );
}
