// How families start: ask themselves, or be referred (by whom), and how long the wait is.
import { ChoiceGroup, TextArea, TextField } from "@/components/ui/field";
import { ACCESS_LABELS } from "@/lib/services/format";
import { DELIVERY_LABELS } from "@/lib/services/service-features";
import { opts, strs, v, type GroupProps } from "./rows";

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
      <ChoiceGroup
        name="deliveryMethods[]"
        legend="How is it delivered? (optional)"
        hint="Tick every way families can get it. Families can filter by these."
        options={opts(DELIVERY_LABELS)}
        checked={strs(f.deliveryMethods)}
        error={e.deliveryMethods}
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
