import { describe, expect, it } from "vitest";
import { ACCESS_LABELS } from "@/lib/services/format";
import { COMPLETE_ANSWERS } from "@/tests/factories/submissions";
import { summariseTask } from "./summary";

const names = { autism: "Autism", leisure: "Leisure and activities", central: "Central Seabourne" };

describe("check your answers", () => {
  it("shows a new organisation's details in words, leaving out what was not given", () => {
    expect(summariseTask("organisation", COMPLETE_ANSWERS.organisation, names)).toEqual([
      { label: "Name", value: "Saturday Club CIC" },
      { label: "Type of organisation", value: "Community group" },
      { label: "About the organisation", value: "A club" },
    ]);
  });

  it("shows an organisation chosen from the list by its name", () => {
    const chosen = { choice: "existing", organisationId: "x", organisationName: "Seabourne Council" };
    expect(summariseTask("organisation", chosen, names)).toEqual([
      { label: "Organisation", value: "Seabourne Council" },
    ]);
  });

  it("names needs, categories, areas and choices instead of showing their codes", () => {
    expect(summariseTask("who", COMPLETE_ANSWERS.who, names)).toEqual(
      expect.arrayContaining([
        { label: "Needs", value: "Autism" },
        { label: "Categories", value: "Leisure and activities" },
        { label: "Youngest age", value: "5" },
      ]),
    );
    expect(summariseTask("how", COMPLETE_ANSWERS.how, names)).toEqual([
      { label: "How to get it", value: ACCESS_LABELS.self_refer },
    ]);
    expect(summariseTask("where", COMPLETE_ANSWERS.where, names)).toEqual(
      expect.arrayContaining([{ label: "Areas", value: "Central Seabourne" }]),
    );
  });

  it("shows only the task's own fields, and nothing for a task not yet started", () => {
    const rows = summariseTask("about", { ...COMPLETE_ANSWERS.about, costType: "free" }, names);
    expect(rows.map((r) => r.label)).toEqual(["Service name", "Summary", "Description"]);
    expect(summariseTask("costs", undefined, names)).toEqual([]);
  });

  it("shows an easy-read summary, when there is one, one idea a line", () => {
    const about = { ...COMPLETE_ANSWERS.about, easyRead: "- It is free.\r\n\r\n- You do not need to book." };
    expect(summariseTask("about", about, names)).toContainEqual({
      label: "Easy-read summary",
      value: "It is free.\nYou do not need to book.",
    });
  });

  it("lists each SEND answer under its question", () => {
    const rows = summariseTask("send", COMPLETE_ANSWERS.send, names);
    expect(rows).toHaveLength(1);
    expect(rows[0].value).toBe("We talk to parents first.");
  });
});
