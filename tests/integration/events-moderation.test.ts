// Events against a real database: a provider adds events only for their own organisation; an
// officer publishes one only when they did not write it; sending one back emails the author the
// reason; bad input is refused field by field with everything typed kept.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { createAdminWorld, snapshotDatabase } from "@/tests/factories/admin";
import { formData, runAction, digestOf } from "@/tests/factories/actions";
import { eventForm } from "@/tests/factories/events";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

const actions = () => import("@/lib/events/actions");

describe("adding an event", () => {
  it("a provider adds a weekly event for their own organisation: it waits for an officer", async () => {
    const { createEventAction } = await actions();
    const result = await runAction(w.users.provider, createEventAction, formData(eventForm(w.orgA.id)));
    expect(digestOf(result)).toMatch(/\/admin\/events\/[0-9a-f-]{36}\?saved=submitted/);
    const event = await db().event.findFirstOrThrow({ where: { title: "Stay and play" } });
    expect(event).toMatchObject({
      state: "submitted",
      organisationId: w.orgA.id,
      authorId: w.users.provider.id,
      rrule: "FREQ=WEEKLY;COUNT=10",
      isFree: true,
      needs: ["autism"],
    });
    // 10:00 UK time in January is 10:00 UTC.
    expect(event.startsAt.toISOString()).toBe("2027-01-06T10:00:00.000Z");
    expect(await db().auditEvent.count({ where: { entityId: event.id, type: "event.submitted" } })).toBe(1);
  });

  it("a provider's events are always their own organisation's; another's cannot be changed", async () => {
    const { createEventAction, updateEventAction } = await actions();
    // Posting Org A's id (a tampered form) still makes the event Org B's, the provider's own.
    const made = await runAction(
      w.users.providerOther,
      createEventAction,
      formData(eventForm(w.orgA.id, { title: "B's club" })),
    );
    expect(digestOf(made)).toMatch(/saved=submitted/);
    expect((await db().event.findFirstOrThrow({ where: { title: "B's club" } })).organisationId).toBe(w.orgB.id);
    // Nor can it hang on Org A's listing.
    const count = await db().event.count();
    const onTheirs = await runAction(
      w.users.providerOther,
      createEventAction,
      formData(eventForm(w.orgA.id, { serviceId: w.live.id })),
    );
    expect(onTheirs.fieldErrors?.serviceId).toBe("Choose one of this organisation's listings");
    expect(await db().event.count()).toBe(count);

    const before = await snapshotDatabase();
    const theirs = await db().event.create({
      data: { organisationId: w.orgA.id, title: "A's event", summary: "x", startsAt: new Date(), endsAt: new Date() },
    });
    const changed = await runAction(
      w.users.providerOther,
      updateEventAction,
      formData({ ...eventForm(w.orgB.id), eventId: theirs.id }),
    );
    expect(digestOf(changed)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect((await db().event.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe("A's event");
    const archived = await runAction(
      w.users.providerOther,
      (await actions()).archiveEventAction,
      formData({ eventId: theirs.id }),
    );
    expect(digestOf(archived)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect((await db().event.findUniqueOrThrow({ where: { id: theirs.id } })).state).toBe("draft");
    expect(await db().auditEvent.count()).toBe(JSON.parse(before).audit);
  });

  it("refuses bad input field by field, keeps what was typed, strips tags and writes nothing", async () => {
    const { createEventAction } = await actions();
    const count = await db().event.count();
    const typed = eventForm(w.orgA.id, {
      title: "<b>Coffee</b> morning",
      startDate: "2027-02-30",
      endTime: "25:00",
      repeatCount: "",
      venueName: "",
      costType: "paid",
      cost: "",
      bookingUrl: "javascript:alert(1)",
      minimumAge: "12",
      maximumAge: "5",
    });
    const result = await runAction(w.users.provider, createEventAction, formData(typed));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toMatchObject({
      startDate: "Enter a real date, like 2027-03-31",
      endTime: "Enter the time it ends, like 11:30",
      repeatCount: "Enter how many times, like 10",
      venueName: "Enter where the event is, or an online link",
      cost: "Say what it costs, like £3 per family",
      bookingUrl: "Enter a web address starting with https://",
      maximumAge: "The oldest age must be the same as or more than the youngest",
    });
    expect(result.values).toMatchObject({ title: "<b>Coffee</b> morning", startDate: "2027-02-30", needs: ["autism"] });
    expect(await db().event.count()).toBe(count);
    const ok = await runAction(
      w.users.provider,
      createEventAction,
      formData(eventForm(w.orgA.id, { title: "<b>Coffee</b> morning" })),
    );
    expect(digestOf(ok)).toMatch(/saved=submitted/);
    expect(await db().event.count({ where: { title: "Coffee morning" } })).toBe(1);
  });
});

describe("moderating an event", () => {
  async function submitted(by = w.users.editor!) {
    const { createEventAction } = await actions();
    await runAction(
      by,
      createEventAction,
      formData(eventForm(by.organisationId ?? w.orgA.id, { title: `Event by ${by.email}` })),
    );
    return db().event.findFirstOrThrow({ where: { title: `Event by ${by.email}` } });
  }

  it("the author cannot approve their own event; another officer can, and the author hears", async () => {
    const { approveEventAction } = await actions();
    const event = await submitted(w.users.editor!);
    const own = await runAction(w.users.editor, approveEventAction, formData({ eventId: event.id }));
    expect(own.formError).toBe("You added or changed this event, so another officer must approve it.");
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).state).toBe("submitted");

    const other = await runAction(w.users.admin, approveEventAction, formData({ eventId: event.id }));
    expect(digestOf(other)).toMatch(/saved=approved/);
    const published = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect(published).toMatchObject({ state: "published", reviewerId: w.users.admin!.id });
    expect(published.publishedAt).not.toBeNull();
    expect(await db().emailMessage.count({ where: { to: w.users.editor!.email } })).toBe(1);

    const again = await runAction(w.author, approveEventAction, formData({ eventId: event.id }));
    expect(again.formError).toMatch(/not waiting for approval/);
  });

  it("a provider cannot approve, even their own organisation's event", async () => {
    const { approveEventAction } = await actions();
    const event = await submitted(w.users.provider!);
    const result = await runAction(w.users.provider, approveEventAction, formData({ eventId: event.id }));
    expect(digestOf(result)).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).state).toBe("submitted");
  });

  it("sending one back needs a reason, and emails the reason to the author", async () => {
    const { rejectEventAction } = await actions();
    const event = await submitted(w.users.provider!);
    const empty = await runAction(w.users.editor, rejectEventAction, formData({ eventId: event.id, reason: " " }));
    expect(empty.fieldErrors?.reason).toBe("Say what needs to change, so the author can fix it");
    const reason = "Please add the venue's step-free entrance.";
    const result = await runAction(w.users.editor, rejectEventAction, formData({ eventId: event.id, reason }));
    expect(digestOf(result)).toMatch(/saved=rejected/);
    expect(await db().event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      state: "rejected",
      rejectionReason: reason,
    });
    const email = await db().emailMessage.findFirstOrThrow({ where: { to: w.users.provider!.email } });
    expect(email.subject).toContain("needs more work");
    expect(email.text).toContain(reason);
    expect(email.text).toContain(`/admin/events/${event.id}`);
    expect(await db().auditEvent.count({ where: { entityId: event.id, type: "event.rejected" } })).toBe(1);
  });

  it("a changed published event stays public as it was; the change waits with the changer as its author", async () => {
    // The whole journey (public pages, approval, sending back, providers) is in events-change-waits.test.ts.
    const { approveEventAction, updateEventAction } = await actions();
    const event = await submitted(w.users.provider!);
    await runAction(w.users.editor, approveEventAction, formData({ eventId: event.id }));
    const changed = eventForm(w.orgA.id, { title: "Stay and play (new room)", eventId: event.id });
    expect(digestOf(await runAction(w.users.editor, updateEventAction, formData(changed)))).toMatch(
      /saved=change-submitted/,
    );
    const row = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect(row).toMatchObject({ state: "published", changeState: "submitted", changeAuthorId: w.users.editor!.id });
    expect(row.publishedAt).not.toBeNull();
    const own = await runAction(w.users.editor, approveEventAction, formData({ eventId: event.id }));
    expect(own.formError).toMatch(/another officer/);
  });
});
