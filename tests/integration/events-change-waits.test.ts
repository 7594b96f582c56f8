// A published event stays public and unchanged while a change to it waits (ADR 0020), against a
// real database and the public loader: an officer's or a provider's change shows only once another
// officer approves it; sending it back keeps the live event and tells the author why; the author
// cannot approve their own change; the change is in the one review queue.
import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { runAs } from "@/lib/auth/session";
import { loadEventMonths } from "@/lib/events/loaders";
import { createAdminWorld } from "@/tests/factories/admin";
import { formData, runAction, digestOf } from "@/tests/factories/actions";
import { eventForm } from "@/tests/factories/events";

let w: Awaited<ReturnType<typeof createAdminWorld>>;
beforeEach(async () => {
  w = await createAdminWorld();
});

const actions = () => import("@/lib/events/actions");
const NOW = new Date("2027-01-01T09:00:00Z");

/** The titles /events shows (the public loader), in order. */
async function publicTitles() {
  const { months } = await loadEventMonths({}, NOW);
  return [...new Set(months.flatMap((m) => m.items.map((i) => i.event.title)))];
}

async function publishedEvent(author = w.users.provider!) {
  const { approveEventAction, createEventAction } = await actions();
  await runAction(author, createEventAction, formData(eventForm(w.orgA.id)));
  const event = await db().event.findFirstOrThrow({ where: { title: "Stay and play" } });
  expect(digestOf(await runAction(w.users.admin, approveEventAction, formData({ eventId: event.id })))).toMatch(
    /approved/,
  );
  return event;
}

it("an officer's change waits: /events keeps the old title until another officer approves it", async () => {
  const { approveEventAction, updateEventAction } = await actions();
  const event = await publishedEvent();
  expect(await publicTitles()).toEqual(["Stay and play"]);

  const change = eventForm(w.orgA.id, { eventId: event.id, title: "Stay and play (new room)", startTime: "10:30" });
  expect(digestOf(await runAction(w.users.editor, updateEventAction, formData(change)))).toMatch(
    /saved=change-submitted/,
  );
  expect(await publicTitles(), "the live version stays public and unchanged").toEqual(["Stay and play"]);
  const waiting = await db().event.findUniqueOrThrow({ where: { id: event.id } });
  expect(waiting).toMatchObject({ state: "published", title: "Stay and play", changeState: "submitted" });
  expect(waiting.startsAt.toISOString()).toBe("2027-01-06T10:00:00.000Z");

  // It is in the one review queue, linking to where it is approved.
  const { loadModerationQueue } = await import("@/lib/moderation/loaders");
  const queue = await runAs(w.users.admin, () => loadModerationQueue("event"));
  expect(queue.items).toEqual([
    expect.objectContaining({
      href: `/admin/events/${event.id}`,
      what: "Change to event: Stay and play",
      who: w.users.editor!.email,
    }),
  ]);
  expect(queue.counts.event).toBe(1);

  // The staff page shows before → after.
  const { loadAdminEvent } = await import("@/lib/events/loaders");
  const view = await runAs(w.users.admin, () => loadAdminEvent(event.id));
  // ICU versions differ on a comma after the weekday.
  const plain = (t: string) => t.replace("Wednesday,", "Wednesday");
  expect(view.changes.filter((r) => r.changed).map((r) => [r.label, plain(r.before), plain(r.after)])).toEqual([
    ["Name", "Stay and play", "Stay and play (new room)"],
    [
      "First date and time",
      "Wednesday 6 January 2027, 10am to 11:30am",
      "Wednesday 6 January 2027, 10:30am to 11:30am",
    ],
  ]);

  const own = await runAction(w.users.editor, approveEventAction, formData({ eventId: event.id }));
  expect(own.formError).toBe("You changed this event, so another officer must approve the change.");
  expect(await publicTitles()).toEqual(["Stay and play"]);

  expect(digestOf(await runAction(w.users.admin, approveEventAction, formData({ eventId: event.id })))).toMatch(
    /saved=approved/,
  );
  expect(await publicTitles()).toEqual(["Stay and play (new room)"]);
  const approved = await db().event.findUniqueOrThrow({ where: { id: event.id } });
  expect(approved).toMatchObject({
    state: "published",
    changeState: null,
    pendingChange: null,
    authorId: w.users.editor!.id,
  });
  expect(approved.startsAt.toISOString()).toBe("2027-01-06T10:30:00.000Z");
  expect(await db().auditEvent.count({ where: { entityId: event.id, type: "event.change_approved" } })).toBe(1);
  expect((await runAs(w.users.admin, () => loadModerationQueue("event"))).items).toEqual([]);
});

it("a provider's change waits the same way; sent back, the live event stays and the provider hears why", async () => {
  const { approveEventAction, rejectEventAction, updateEventAction } = await actions();
  const event = await publishedEvent(w.users.provider!);
  const change = eventForm(w.orgA.id, { eventId: event.id, title: "Stay and play at the library" });
  expect(digestOf(await runAction(w.users.provider, updateEventAction, formData(change)))).toMatch(
    /saved=change-submitted/,
  );
  expect(await publicTitles()).toEqual(["Stay and play"]);

  // The provider cannot approve it; another organisation's provider cannot even change it.
  expect(digestOf(await runAction(w.users.provider, approveEventAction, formData({ eventId: event.id })))).toBe(
    "NEXT_HTTP_ERROR_FALLBACK;404",
  );
  const other = eventForm(w.orgB.id, { eventId: event.id, title: "Taken over" });
  expect(digestOf(await runAction(w.users.providerOther, updateEventAction, formData(other)))).not.toMatch(/saved=/);
  expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).pendingChange).toMatchObject({
    title: "Stay and play at the library",
  });

  const reason = "The library is closed on Wednesdays. Check the day.";
  expect(digestOf(await runAction(w.users.editor, rejectEventAction, formData({ eventId: event.id, reason })))).toMatch(
    /saved=rejected/,
  );
  expect(await publicTitles()).toEqual(["Stay and play"]);
  expect(await db().event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
    state: "published",
    changeState: "rejected",
    changeReason: reason,
  });
  const mail = await db().emailMessage.findFirstOrThrow({
    where: { to: w.users.provider!.email, subject: { contains: "needs more work" } },
  });
  expect(mail.text).toContain(reason);

  // The provider fixes it and sends it again; an officer approves; the public page changes.
  const fixed = eventForm(w.orgA.id, {
    eventId: event.id,
    title: "Stay and play at the library",
    startDate: "2027-01-07",
  });
  expect(digestOf(await runAction(w.users.provider, updateEventAction, formData(fixed)))).toMatch(
    /saved=change-submitted/,
  );
  expect(digestOf(await runAction(w.users.editor, approveEventAction, formData({ eventId: event.id })))).toMatch(
    /saved=approved/,
  );
  expect(await publicTitles()).toEqual(["Stay and play at the library"]);
});
