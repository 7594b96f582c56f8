// "Add your service" answers as the task forms post them, for unit and integration tests.
import type { Answers } from "@/lib/submissions/tasks";

/** Every task answered, as the forms post them (strings, rows, lists). */
export const COMPLETE_ANSWERS: Answers = {
  organisation: { choice: "new", name: "Saturday Club CIC", kind: "community", description: "A club", email: "" },
  about: { name: "Saturday Club", summary: "Games and crafts.", description: "Every Saturday morning." },
  who: {
    whoFor: "Children with autism",
    minimumAge: "5",
    maximumAge: "11",
    needs: ["autism"],
    categories: ["leisure"],
  },
  how: { accessMethod: "self_refer" },
  where: {
    areas: ["central"],
    locations: [{ name: "Hall", address1: "1 High St", city: "Seabourne", postcode: "FY1 4AB", accessibility: "" }],
    schedules: [{ byday: ["SA"], opensAt: "10:00", closesAt: "12:00", freq: "WEEKLY" }],
  },
  costs: { costType: "free" },
  contact: { contacts: [{ title: "Club leader", email: "club@example.org", phones: [] }] },
  send: { sendAnswers: { identifying_needs: "We talk to parents first." } },
};
