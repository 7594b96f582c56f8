"use server";
// Server actions for events: the builder authenticates and parses; the mutation authorizes against
// the database (a provider's own organisation; an officer who is not the author to decide).
import { redirect } from "next/navigation";
import { providerAction, staffAction } from "@/lib/platform/action-client";
import { approveEvent, archiveEvent, createEvent, rejectEvent, updateEvent } from "./mutations";
import { notifyEventApproved, notifyEventRejected } from "./notify";
import { eventFormSchema, eventIdSchema, rejectEventSchema, updateEventSchema } from "./schema";

const pageOf = (id: string, saved: string) => `/admin/events/${id}?saved=${saved}`;

export const createEventAction = providerAction(eventFormSchema, async ({ intent, data }, { user }) => {
  const event = await createEvent(user, data, intent === "submit");
  redirect(pageOf(event.id, intent === "submit" ? "submitted" : "saved"));
});

export const updateEventAction = providerAction(updateEventSchema, async ({ eventId, intent, data }, { user }) => {
  const event = await updateEvent(user, eventId, data, intent === "submit");
  // A published event's change waits beside it (ADR 0020): say that the public page has not changed.
  const prefix = event.state === "published" ? "change-" : "";
  redirect(pageOf(eventId, prefix + (intent === "submit" ? "submitted" : "saved")));
});

export const approveEventAction = staffAction(eventIdSchema, async ({ eventId }, { user }) => {
  const decided = await approveEvent(user, eventId);
  if (decided.authorEmail) await notifyEventApproved(decided.authorEmail, decided.title, eventId);
  redirect(pageOf(eventId, "approved"));
});

export const rejectEventAction = staffAction(rejectEventSchema, async ({ eventId, reason }, { user }) => {
  const decided = await rejectEvent(user, eventId, reason);
  if (decided.authorEmail) await notifyEventRejected(decided.authorEmail, decided.title, eventId, reason);
  redirect(pageOf(eventId, "rejected"));
});

export const archiveEventAction = providerAction(eventIdSchema, async ({ eventId }, { user }) => {
  await archiveEvent(user, eventId);
  redirect(pageOf(eventId, "archived"));
});
