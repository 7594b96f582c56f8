import { describe, expect, it } from "vitest";
import { eventWhat, parseQueueKind, revisionKind, revisionWhat, revisionWho, waitedFor } from "./queue";

const base = {
  subject: "service" as const,
  serviceId: "s",
  importSource: null,
  authorEmail: "a@example.org",
  serviceName: "Swim club",
  proposedName: "Swim club",
  organisationName: "Seabourne Swimmers",
};

describe("queue words", () => {
  it("names the kind, who and what", () => {
    expect(revisionKind(base)).toBe("edit");
    expect(revisionKind({ ...base, serviceId: null })).toBe("new");
    expect(revisionKind({ ...base, importSource: "feed" })).toBe("import");
    expect(revisionKind({ ...base, subject: "organisation" })).toBe("organisation");
    expect(revisionWho(base)).toBe("a@example.org");
    expect(revisionWho({ ...base, importSource: "feed" })).toBe("Importer (feed)");
    expect(revisionWho({ ...base, authorEmail: null })).toBe("Seabourne Swimmers");
    expect(revisionWhat(base)).toBe("Change to Swim club");
    expect(revisionWhat({ ...base, serviceId: null })).toBe("New listing: Swim club");
    expect(revisionWhat({ ...base, subject: "organisation" })).toBe("Organisation profile: Seabourne Swimmers");
    expect(revisionKind({ ...base, subject: "advice" })).toBe("advice");
    expect(revisionWhat({ ...base, subject: "advice", proposedName: "Travel to school" })).toBe(
      "Advice page: Travel to school",
    );
  });

  it("says how long something has waited", () => {
    const now = new Date("2026-12-10T12:00:00Z");
    expect(waitedFor(new Date("2026-12-10T11:30:00Z"), now)).toBe("less than an hour");
    expect(waitedFor(new Date("2026-12-10T11:00:00Z"), now)).toBe("1 hour");
    expect(waitedFor(new Date("2026-12-09T12:00:00Z"), now)).toBe("1 day");
    expect(waitedFor(new Date("2026-12-07T11:00:00Z"), now)).toBe("3 days");
  });

  it("reads only known kinds from the address", () => {
    expect(parseQueueKind("import")).toBe("import");
    expect(parseQueueKind("event")).toBe("event");
    expect(parseQueueKind("<script>")).toBeUndefined();
  });
});

describe("events in the queue", () => {
  it("says whether an event is new or a change to a published one", () => {
    expect(eventWhat({ title: "Coffee morning", isChange: false })).toBe("New event: Coffee morning");
    expect(eventWhat({ title: "Coffee morning", isChange: true })).toBe("Change to event: Coffee morning");
  });
});
