// How families start: ask themselves, or be referred (by whom), and how long the wait is.
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/field";
import { ACCESS_LABELS } from "@/lib/services/format";
import { opts, v, type GroupProps } from "./rows";

export function HowFields({ f, e }: GroupProps) {
  return (
    <>
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
        hint="Only if families need a referral."
        defaultValue={v(f.referralRoute)}
        error={e.referralRoute}
      />
      <TextField
        name="referralUrl"
        type="url"
        label="Referral form web address (optional)"
        defaultValue={v(f.referralUrl)}
        error={e.referralUrl}
      />
      <TextField
        name="waitingTime"
        label="Waiting time (optional)"
        hint="For example, about 6 weeks"
        defaultValue={v(f.waitingTime)}
        error={e.waitingTime}
      />
    </>
  );
}
