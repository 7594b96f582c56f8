import { describe, expect, it } from "vitest";
import { reminderRecipient, reminderStageDue, type ReminderCandidate } from "./schedule";

const base: ReminderCandidate = {
  reviewDueAt: new Date("2027-01-01"),
  lastCheckedAt: new Date("2026-01-01"),
  email: null,
  contactEmails: ["contact@example.org"],
  organisationEmail: "org@example.org",
  reminders: [],
};

describe("reminderStageDue", () => {
  it("waits until 30 days before the review date", () => {
    expect(reminderStageDue(base, new Date("2026-11-30"))).toBeNull();
    expect(reminderStageDue(base, new Date("2026-12-02"))).toBe(1);
    expect(reminderStageDue(base, new Date("2027-03-01"))).toBe(1);
  });

  it("escalates after 14 days without an answer, once", () => {
    const sent = { stage: 1, sentAt: new Date("2026-12-02"), answeredAt: null };
    expect(reminderStageDue({ ...base, reminders: [sent] }, new Date("2026-12-10"))).toBeNull();
    expect(reminderStageDue({ ...base, reminders: [sent] }, new Date("2026-12-16"))).toBe(2);
    expect(reminderStageDue({ ...base, reminders: [{ ...sent, stage: 2 }, sent] }, new Date("2027-02-01"))).toBeNull();
  });

  it("stops once the provider has answered", () => {
    const answered = { stage: 1, sentAt: new Date("2026-12-02"), answeredAt: new Date("2026-12-03") };
    expect(reminderStageDue({ ...base, reminders: [answered] }, new Date("2027-01-30"))).toBeNull();
  });

  it("treats a listing never checked as due now", () => {
    expect(reminderStageDue({ ...base, reviewDueAt: null, lastCheckedAt: null }, new Date("2026-06-01"))).toBe(1);
  });
});

describe("reminderRecipient", () => {
  it("prefers the service's own address, then a contact, then the organisation", () => {
    expect(reminderRecipient({ ...base, email: "service@example.org" })).toBe("service@example.org");
    expect(reminderRecipient(base)).toBe("contact@example.org");
    expect(reminderRecipient({ ...base, contactEmails: [] })).toBe("org@example.org");
    expect(reminderRecipient({ email: null, contactEmails: [], organisationEmail: null })).toBeNull();
  });
});
