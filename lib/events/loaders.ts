// Loaders for the events pages. Public ones read only published events; the staff area's check
// who is asking (with the page's own address, so sign-in comes back to it) and read in their scope.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireSignedIn, requireStaff } from "@/lib/auth/loaders";
import { isStaff, listingScope } from "@/lib/auth/roles";
import { diffEvent, readPendingChange } from "./pending-change";
import {
  findChangeNames,
  findEventChoices,
  findEventForUser,
  findEventsForUser,
  findPublishedEvent,
  findPublishedEvents,
  findPublishedEventsForService,
  findSubmittedEvents,
} from "./data";
import { groupByMonth, parseEventFilters } from "./filters";
import { expandOccurrences, upcomingWindow } from "./occurrences";

type Params = Record<string, string | string[] | undefined>;

export async function loadEventMonths(params: Params, now = new Date()) {
  const filters = parseEventFilters(params);
  const window = upcomingWindow(now);
  const events = await findPublishedEvents(window.from);
  return { filters, months: groupByMonth(events, filters, window) };
}

/** A published event with its upcoming dates; 404 for anything else. */
export const loadPublishedEvent = cache(async (id: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const event = await findPublishedEvent(id);
  if (!event) notFound();
  const { from, to } = upcomingWindow(new Date());
  const serviceLive = !!event.service?.publishedAt && !event.service.archivedAt;
  return { event, serviceLive, occurrences: expandOccurrences(event, from, to) };
});

/** Published events for the iCalendar feed: those with a date still to come. */
export async function loadFeedEvents(now = new Date()) {
  const { from, to } = upcomingWindow(now);
  const events = await findPublishedEvents(from);
  // The feed carries the rule, so a repeating event goes in whole; it needs a date still to come.
  return events.filter((e) => expandOccurrences(e, from, to).length > 0 || (e.rrule && e.startsAt > to));
}

/** A listing's upcoming events (for its public page): each with its next date. */
export async function loadServiceEvents(serviceId: string, now = new Date()) {
  const { from, to } = upcomingWindow(now);
  const events = await findPublishedEventsForService(serviceId, from);
  return events
    .map((event) => ({ event, next: expandOccurrences(event, from, to)[0] }))
    .filter((e) => e.next)
    .sort((a, b) => a.next.startsAt.getTime() - b.next.startsAt.getTime());
}

export async function loadAdminEvents() {
  const user = await requireSignedIn("/admin/events");
  const [events, waiting] = await Promise.all([
    findEventsForUser(listingScope(user)),
    isStaff(user) ? findSubmittedEvents() : Promise.resolve([]),
  ]);
  return { user, events, waiting };
}

export async function loadNewEvent() {
  const user = await requireSignedIn("/admin/events/new");
  return { user, choices: await findEventChoices(listingScope(user)) };
}

/** An event the signed-in person may see (staff: any; a provider: their organisation's), or 404. */
export const loadAdminEvent = cache(async (id: string) => {
  const user = await requireSignedIn(`/admin/events/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const event = await findEventForUser(listingScope(user), id);
  if (!event) notFound();
  const change = event.changeState ? readPendingChange(event.pendingChange) : null;
  const names = change ? await findChangeNames(change.organisationId, change.serviceId) : null;
  // Before → after in the words the pages use, for the officer who decides and for the author.
  const changes =
    change && names
      ? diffEvent(
          { ...event, organisationName: event.organisation.name, serviceName: event.service?.name ?? null },
          { ...change, ...names },
        )
      : [];
  return { user, event, change, changes };
});

/** The form starts from the waiting change when there is one, so its author carries on with it. */
export async function loadEditEvent(id: string) {
  const { user, event, change } = await loadAdminEvent(id);
  return { user, event, initial: change ?? event, choices: await findEventChoices(listingScope(user)) };
}

/** Events waiting for an officer (the moderation queue's rows). */
export async function loadWaitingEvents() {
  await requireStaff("/admin/review");
  return findSubmittedEvents();
}
