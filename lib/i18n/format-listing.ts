// Listing fields whose words come from code, not from the listing, in the reader's language.
import type { Language } from "./languages";
import { t } from "./translate";

export function formatAgeRangeIn(lang: Language, min: number, max: number): string {
  if (min === 0 && max >= 25) return t(lang, "age.all");
  if (min === 0) return t(lang, "age.birthTo", { max });
  if (min === max) return t(lang, "age.single", { min });
  return t(lang, "age.range", { min, max });
}

export const costLabel = (lang: Language, cost: "free" | "paid" | "ask") => t(lang, `cost.${cost}`);
export const accessLabel = (lang: Language, access: "self_refer" | "referral" | "drop_in") =>
  t(lang, `access.${access}`);
export const statusLabel = (lang: Language, status: "active" | "inactive" | "defunct" | "temporarily_closed") =>
  t(lang, `status.${status}`);
export const dayName = (lang: Language, day: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU") => t(lang, `day.${day}`);
