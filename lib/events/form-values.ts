// An event row as the form's starting values (to change it), and the form's choices. Pure.
import { AREA_TERMS, NEED_TERMS } from "@/lib/taxonomy/vocabulary";
import { londonDate, londonTime } from "./london-time";
import { readRrule } from "./repeat";

type Row = {
  organisationId: string;
  serviceId: string | null;
  title: string;
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  rrule: string | null;
  venueName: string | null;
  address: string | null;
  postcode: string | null;
  onlineUrl: string | null;
  whoFor: string;
  minimumAge: number | null;
  maximumAge: number | null;
  needs: string[];
  areas: string[];
  accessibility: string;
  isFree: boolean;
  cost: string | null;
  bookingHow: string;
  bookingUrl: string | null;
  bookingPhone: string | null;
};

export function eventToForm(e: Row): Record<string, string | string[]> {
  const repeat = readRrule(e.rrule);
  const endDate = londonDate(e.endsAt);
  return {
    organisationId: e.organisationId,
    serviceId: e.serviceId ?? "",
    title: e.title,
    summary: e.summary,
    description: e.description,
    startDate: londonDate(e.startsAt),
    startTime: e.allDay ? "" : londonTime(e.startsAt),
    endDate: endDate === londonDate(e.startsAt) ? "" : endDate,
    endTime: e.allDay ? "" : londonTime(e.endsAt),
    allDay: e.allDay ? "yes" : "",
    repeat: repeat.choice,
    repeatEnd: repeat.choice === "none" ? "" : repeat.end,
    repeatUntil: repeat.choice !== "none" && repeat.end === "until" ? repeat.until : "",
    repeatCount: repeat.choice !== "none" && repeat.end === "count" ? String(repeat.count) : "",
    venueName: e.venueName ?? "",
    address: e.address ?? "",
    postcode: e.postcode ?? "",
    onlineUrl: e.onlineUrl ?? "",
    whoFor: e.whoFor,
    minimumAge: e.minimumAge === null ? "" : String(e.minimumAge),
    maximumAge: e.maximumAge === null ? "" : String(e.maximumAge),
    needs: e.needs,
    areas: e.areas,
    accessibility: e.accessibility,
    costType: e.isFree ? "free" : "paid",
    cost: e.cost ?? "",
    bookingHow: e.bookingHow,
    bookingUrl: e.bookingUrl ?? "",
    bookingPhone: e.bookingPhone ?? "",
  };
}

export const NEED_CHOICES = NEED_TERMS.map((t) => ({ value: t.code, label: t.name }));
export const AREA_CHOICES = AREA_TERMS.map((t) => ({ value: t.code, label: t.name }));

/** The form's organisation and listing choices from what the person may use. */
export function formChoices(choices: {
  organisations: { id: string; name: string }[];
  services: { id: string; name: string; organisationId: string }[];
}) {
  const names = new Map(choices.organisations.map((o) => [o.id, o.name]));
  return {
    organisations: choices.organisations.map((o) => ({ value: o.id, label: o.name })),
    services: choices.services.map((s) => ({
      value: s.id,
      label: choices.organisations.length > 1 ? `${s.name} (${names.get(s.organisationId) ?? ""})` : s.name,
    })),
    needs: NEED_CHOICES,
    areas: AREA_CHOICES,
  };
}
