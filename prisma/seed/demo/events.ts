// Demo events for the fictional borough: a monthly coffee morning, "meet the SEND team", a
// holiday club and a weekly group. Dates are counted from the day the seed runs, so the demo
// always has events in the next 3 months. Published as if an officer approved them.
import { fromLondonWall, toLondonWall } from "@/lib/events/london-time";
import { buildRrule, type Repeat } from "@/lib/events/repeat";

export type DemoEvent = {
  organisation: string;
  service?: string;
  title: string;
  summary: string;
  description: string;
  /** Days from the seed's day to the first date, then UK times ("10:00") or all day over `days`. */
  inDays: number;
  weekday?: number;
  times?: [string, string];
  days?: number;
  repeat: Repeat;
  venueName?: string;
  address?: string;
  postcode?: string;
  onlineUrl?: string;
  whoFor: string;
  minimumAge?: number;
  maximumAge?: number;
  needs: string[];
  areas: string[];
  accessibility: string;
  cost?: string;
  bookingHow: string;
  bookingPhone?: string;
};

export const demoEvents: DemoEvent[] = [
  {
    organisation: "seabourne-parent-carer-forum",
    service: "seabourne-parent-carer-forum",
    title: "Parent carer coffee morning",
    summary: "Meet other parents and carers of children with SEND over a cup of tea.",
    description:
      "Come for a chat, a hot drink and a biscuit. You can talk to other families who know what it is like. " +
      "Someone from the forum is there to listen and help. You do not need to book. Come when you can and leave when you need to.",
    inDays: 7,
    weekday: 2,
    times: ["10:00", "11:30"],
    repeat: { choice: "monthly", end: "count", count: 6 },
    venueName: "Seabourne Civic Centre, room 2",
    address: "Princess Parade, Seabourne",
    postcode: "FY1 1NA",
    whoFor: "Parents and carers of children and young people with SEND, aged 0 to 25.",
    needs: [],
    areas: ["whole"],
    accessibility: "Step-free entrance. Accessible toilet. A quiet room if you need a break. Hearing loop.",
    bookingHow: "Just turn up.",
  },
  {
    organisation: "seabourne-council",
    title: "Meet the SEND team",
    summary: "Ask the council's SEND team your questions about support, EHC plans and school places.",
    description:
      "Staff from the council's SEND team and SENDIASS will be there. You can ask about SEN support in school, " +
      "asking for an EHC needs assessment, or your child's plan. Bring your questions. You can talk in private if you want.",
    inDays: 21,
    weekday: 3,
    times: ["15:30", "18:00"],
    repeat: { choice: "none" },
    venueName: "Thornby Family Hub",
    address: "12 Beacon Road, Thornby",
    postcode: "FY5 2QD",
    whoFor: "Families of children and young people with SEND, and young people themselves.",
    needs: [],
    areas: ["north"],
    accessibility: "Step-free entrance. Accessible toilet. Free car park with blue badge spaces.",
    bookingHow: "No need to book. To book a private 15 minute slot, phone the Local Offer team.",
    bookingPhone: "01632 960 000",
  },
  {
    organisation: "seabourne-mencap",
    title: "Half-term holiday club",
    summary: "Four days of games, crafts and trips for disabled children, with trained staff.",
    description:
      "A fun club in the school holiday. There are games, crafts, music and a trip to the beach. " +
      "Staff are trained to help with care needs and behaviour. Bring a packed lunch and a drink.",
    inDays: 45,
    weekday: 1,
    days: 4,
    repeat: { choice: "none" },
    venueName: "Seabourne Civic Centre, main hall",
    address: "Princess Parade, Seabourne",
    postcode: "FY1 1NA",
    whoFor: "Disabled children and children with SEND.",
    minimumAge: 5,
    maximumAge: 15,
    needs: ["learning-disability", "autism", "physical"],
    areas: ["whole"],
    accessibility: "Step-free. Changing places toilet with a hoist. Quiet room.",
    cost: "£5 a day. Free for children who get free school meals.",
    bookingHow: "Places are limited. Phone the Local Offer team to book.",
    bookingPhone: "01632 960 000",
  },
  {
    organisation: "tide-turners-autism-support",
    service: "teen-connect-autism-social-group",
    title: "Teen Connect weekly group",
    summary: "A relaxed weekly group for autistic teenagers to meet friends and try new things.",
    description:
      "Each week there are games, chat and snacks. Some weeks we cook or go bowling. " +
      "There is always a quiet space. Parents can stay for the first visit.",
    inDays: 2,
    weekday: 4,
    times: ["17:00", "18:30"],
    repeat: { choice: "weekly", end: "count", count: 20 },
    venueName: "Seabourne Civic Centre, youth room",
    address: "Princess Parade, Seabourne",
    postcode: "FY1 1NA",
    whoFor: "Autistic young people aged 13 to 18.",
    minimumAge: 13,
    maximumAge: 18,
    needs: ["autism"],
    areas: ["central", "south"],
    accessibility: "Step-free. Quiet room. Lights can be dimmed.",
    bookingHow: "Phone the Local Offer team before your first visit.",
    bookingPhone: "01632 960 000",
  },
];

/** The demo event's first day: `inDays` ahead, moved on to its weekday (1 Monday … 7 Sunday). */
function firstDay(now: Date, e: DemoEvent) {
  const d = new Date(now.getTime() + e.inDays * 86_400_000);
  if (e.weekday) while (((d.getUTCDay() + 6) % 7) + 1 !== e.weekday) d.setUTCDate(d.getUTCDate() + 1);
  const w = toLondonWall(d);
  return { year: w.year, month: w.month, day: w.day };
}

/** The Event rows' columns for the demo events (organisation and listing ids looked up by slug). */
export function demoEventColumns(now: Date, e: DemoEvent) {
  const day = firstDay(now, e);
  const at = (time: string, plusDays = 0) => {
    const [hour, minute] = time.split(":").map(Number);
    const d = new Date(Date.UTC(day.year, day.month - 1, day.day + plusDays));
    return fromLondonWall({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute });
  };
  const allDay = !e.times;
  return {
    title: e.title,
    summary: e.summary,
    description: e.description,
    startsAt: allDay ? at("00:00") : at(e.times![0]),
    endsAt: allDay ? at("23:59", (e.days ?? 1) - 1) : at(e.times![1]),
    allDay,
    rrule: buildRrule(e.repeat),
    venueName: e.venueName ?? null,
    address: e.address ?? null,
    postcode: e.postcode ?? null,
    onlineUrl: e.onlineUrl ?? null,
    whoFor: e.whoFor,
    minimumAge: e.minimumAge ?? null,
    maximumAge: e.maximumAge ?? null,
    needs: e.needs,
    areas: e.areas,
    accessibility: e.accessibility,
    isFree: !e.cost,
    cost: e.cost ?? null,
    bookingHow: e.bookingHow,
    bookingPhone: e.bookingPhone ?? null,
    state: "published" as const,
    publishedAt: now,
  };
}
