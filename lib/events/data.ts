// Reads for events. Every function takes an already-authorized scope: the public reads only ever
// see published events; the staff area's reads take the signed-in person's organisation scope.
import "server-only";
import { db } from "@/lib/platform/db";
import type { EventState } from "./schema";

export type EventScope = { organisationId?: string };

const organisation = { select: { id: true, name: true } } as const;
const service = { select: { id: true, slug: true, name: true, publishedAt: true, archivedAt: true } } as const;

/** Published events that may still have a date from `from` on (a repeating one may end later). */
export function findPublishedEvents(from: Date) {
  return db().event.findMany({
    where: { state: "published", OR: [{ endsAt: { gte: from } }, { rrule: { not: null } }] },
    include: { organisation, service },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
}

export function findPublishedEvent(id: string) {
  return db().event.findFirst({ where: { id, state: "published" }, include: { organisation, service } });
}

/** The published events a listing runs, for its page. */
export function findPublishedEventsForService(serviceId: string, from: Date) {
  return db().event.findMany({
    where: { serviceId, state: "published", OR: [{ endsAt: { gte: from } }, { rrule: { not: null } }] },
    orderBy: { startsAt: "asc" },
    take: 50,
  });
}

export function findEventsForUser(scope: EventScope, state?: EventState) {
  return db().event.findMany({
    where: { ...scope, ...(state ? { state } : {}) },
    include: { organisation, author: { select: { id: true, email: true, name: true } } },
    orderBy: [{ state: "asc" }, { startsAt: "desc" }],
    take: 200,
  });
}

const person = { select: { id: true, email: true, name: true } } as const;

export function findEventForUser(scope: EventScope, id: string) {
  return db().event.findFirst({
    where: { id, ...scope },
    include: { organisation, service, author: person, changeAuthor: person },
  });
}

/** The names a waiting change's organisation and listing ids stand for (for its before → after). */
export async function findChangeNames(organisationId: string, serviceId: string | null) {
  const [org, svc] = await Promise.all([
    db().organisation.findUnique({ where: { id: organisationId }, select: { name: true } }),
    serviceId ? db().service.findUnique({ where: { id: serviceId }, select: { name: true } }) : null,
  ]);
  return { organisationName: org?.name, serviceName: svc?.name ?? null };
}

/**
 * Events waiting for an officer, oldest first (the moderation queue): new or changed events not yet
 * public, and published events with a change waiting beside them (ADR 0020).
 */
export async function findSubmittedEvents() {
  const events = await db().event.findMany({
    where: { OR: [{ state: "submitted" }, { state: "published", changeState: "submitted" }] },
    include: { organisation, author: person, changeAuthor: person },
    orderBy: { submittedAt: "asc" },
    take: 200,
  });
  return events
    .map((e) => {
      const change = e.state === "published";
      return {
        ...e,
        isChange: change,
        sentBy: change ? e.changeAuthor : e.author,
        sentAt: (change ? e.changeSubmittedAt : e.submittedAt) ?? e.updatedAt,
      };
    })
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
}

/** The organisations a person may add events for, and their listings (the form's choices). */
export async function findEventChoices(scope: EventScope) {
  const [organisations, services] = await Promise.all([
    db().organisation.findMany({
      where: { archivedAt: null, mergedIntoId: null, ...(scope.organisationId ? { id: scope.organisationId } : {}) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: 1000,
    }),
    db().service.findMany({
      where: { archivedAt: null, ...scope },
      select: { id: true, name: true, organisationId: true },
      orderBy: { name: "asc" },
      take: 2000,
    }),
  ]);
  return { organisations, services };
}
