import { describe, expect, it } from "vitest";
import { listingInputSchema } from "@/lib/services/schema";
import { cleanFormValues } from "./form-values";
import {
  incompleteTasks,
  nameTasks,
  normaliseTaskValues,
  parseListingTask,
  submissionFromAnswers,
  taskStatus,
  taskStatuses,
} from "./tasks";
import { COMPLETE_ANSWERS as COMPLETE } from "@/tests/factories/submissions";

describe("task status", () => {
  it("is not started until the task is saved once", () => {
    expect(taskStatus({}, "about")).toBe("not_started");
    expect(taskStatuses({}).every((t) => t.status === "not_started")).toBe(true);
  });

  it("is in progress when what is saved does not pass the task's rules yet", () => {
    expect(taskStatus({ about: { name: "Saturday Club" } }, "about")).toBe("in_progress");
    expect(taskStatus({ who: { ...COMPLETE.who, minimumAge: "12" } }, "who")).toBe("in_progress");
    expect(taskStatus({ how: { accessMethod: "referral" } }, "how")).toBe("in_progress");
    expect(taskStatus({ organisation: { choice: "existing" } }, "organisation")).toBe("in_progress");
    expect(taskStatus({ organisation: { choice: "new", name: "", kind: "charity" } }, "organisation")).toBe(
      "in_progress",
    );
  });

  it("is completed when the saved answers pass", () => {
    for (const t of taskStatuses(COMPLETE)) expect(t.status, t.slug).toBe("completed");
    expect(taskStatus({ organisation: { choice: "existing", organisationId: "x" } }, "organisation")).toBe("completed");
  });

  it("a contact needs a phone number or an email address", () => {
    const contact = { contacts: [{ title: "Club leader", email: "", phones: [] }] };
    expect(taskStatus({ contact }, "contact")).toBe("in_progress");
    const parsed = parseListingTask("contact", contact);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."))).toEqual([
      "contacts.0.phones.0.number",
    ]);
  });

  it("the SEND questions are complete once saved, answered or not", () => {
    expect(taskStatus({ send: { sendAnswers: {} } }, "send")).toBe("completed");
  });
});

describe("a whole submission", () => {
  it("becomes a valid listing and its organisation", () => {
    const result = submissionFromAnswers(COMPLETE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(listingInputSchema.safeParse(result.listing).success).toBe(true);
    expect(result.listing).toMatchObject({ name: "Saturday Club", minimumAge: 5, categories: ["leisure"] });
    expect(result.organisation).toMatchObject({ new: { name: "Saturday Club CIC", kind: "community" } });
  });

  it("cannot be made while a task is missing, and says which", () => {
    const { costs: _costs, send: _send, ...rest } = COMPLETE;
    const result = submissionFromAnswers({ ...rest, who: { whoFor: "Anyone" } });
    expect(result).toEqual({ ok: false, incomplete: ["who", "costs", "send"] });
    expect(incompleteTasks({})).toHaveLength(8);
    expect(nameTasks(["who", "costs", "send"])).toBe("Who it is for, Costs and The SEND questions");
  });
});

describe("what is kept of a post", () => {
  it("keeps only the task's fields, drops empty rows and strips tags", () => {
    const kept = normaliseTaskValues("about", {
      name: "<b>Saturday</b> Club",
      summary: "Ages < 11 <script>alert(1)</script>",
      role: "admin",
    });
    expect(kept).toEqual({ name: "Saturday Club", summary: "Ages < 11 alert(1)", description: "", easyRead: "" });
    const where = normaliseTaskValues("where", { areas: ["north"], locations: [{ name: "" }], schedules: [] });
    expect(where.locations).toEqual([]);
  });

  it("cleans nested values and drops anything that is not text", () => {
    expect(cleanFormValues({ a: ["<i>x</i>"], b: { c: "<p>y" } })).toEqual({ a: ["x"], b: { c: "y" } });
  });
});
