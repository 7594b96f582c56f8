// Where and when: the areas covered, each venue, and each opening time.
import { ChoiceGroup, SelectField, TextArea, TextField } from "@/components/ui/field";
import { DAY_NAMES } from "@/lib/services/format";
import { ACCESS_FEATURE_LABELS } from "@/lib/services/service-features";
import { AddButton, RowBox, opts, rows, strs, v, type GroupProps, type Option } from "./rows";

export function AreasField({ f, e, areas }: GroupProps & { areas: Option[] }) {
  return (
    <ChoiceGroup name="areas[]" legend="Areas it covers" options={areas} checked={strs(f.areas)} error={e.areas} />
  );
}

export function LocationRows({ f, e }: GroupProps) {
  const locations = rows(f.locations);
  return (
    <>
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
          <ChoiceGroup
            name={`locations.${i}.accessFeatures[]`}
            legend="Access at this venue"
            hint="Tick what the venue has. Families can filter by these."
            options={opts(ACCESS_FEATURE_LABELS)}
            checked={strs(l.accessFeatures)}
          />
          <TextArea
            name={`locations.${i}.accessibility`}
            label="Other access facts (optional)"
            hint="One per line, for example: Blue badge parking by the door"
            defaultValue={v(l.accessibility)}
            error={e[`locations.${i}.accessibility`]}
            rows={3}
          />
        </RowBox>
      ))}
      <AddButton field="locations" label={locations.length ? "Add another venue" : "Add a venue"} />
    </>
  );
}

export function ScheduleRows({ f, e }: GroupProps) {
  const schedules = rows(f.schedules);
  return (
    <>
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
            hint="As written for the venue above"
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
    </>
  );
}
