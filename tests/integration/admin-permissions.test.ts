// The permissions matrix: every admin server action, as each kind of person. Denied requests
// must end in the sign-in redirect or a 404 and leave the database exactly as it was; allowed
// ones must change it. The actions run for real (no mocks), acting through runAs instead of a
// session cookie. The pages are covered the same way in tests/e2e/admin-permissions.spec.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import { db } from "@/lib/platform/db";
import type { FormState } from "@/lib/platform/action-client";
import { listingInputToForm } from "@/lib/revisions/listing-form";
import { buildListing } from "@/tests/factories/listings";
import { createAdminWorld, snapshotDatabase } from "@/tests/factories/admin";

type World = Awaited<ReturnType<typeof createAdminWorld>>;
type Who = keyof World["users"];
type Action = (prev: FormState | null, fd: FormData) => Promise<FormState>;

function form(values: Record<string, unknown>, prefix = "", fd = new FormData()): FormData {
  for (const [k, v] of Object.entries(values)) {
    const name = prefix ? `${prefix}.${k}` : k;
    if (Array.isArray(v))
      v.forEach((item, i) =>
        typeof item === "object"
          ? form(item as Record<string, unknown>, `${name}.${i}`, fd)
          : fd.append(`${name}[]`, String(item)),
      );
    else if (v && typeof v === "object") form(v as Record<string, unknown>, name, fd);
    else if (v !== undefined && v !== null) fd.set(name, String(v));
  }
  return fd;
}

const ALL: Who[] = ["anonymous", "providerOther", "provider", "editor", "admin"];

const organisationProfile = { name: "Org A", kind: "charity", website: "https://org-a.example.org" };
const organisationVersion = async (id: string) =>
  (await db().organisation.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();

const term = (taxonomy: string, code: string) =>
  db().taxonomyTerm.findFirstOrThrow({ where: { code, taxonomy: { code: taxonomy } } });

const cases: {
  name: string;
  allowed: Who[];
  load: () => Promise<Action>;
  input: (w: World) => FormData | Promise<FormData>;
}[] = [
  {
    name: "save a listing edit",
    allowed: ["provider", "editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).saveListingAction,
    input: (w) =>
      form({
        ...listingInputToForm(buildListing({ name: "Edited" })),
        serviceId: w.live.id,
        baseUpdatedAt: w.liveUpdatedAt.toISOString(),
        intent: "submit",
      }),
  },
  {
    name: "add a listing",
    // Any signed-in provider may add one, but only to their own organisation (checked in admin-workflow.test.ts).
    allowed: ["providerOther", "provider", "editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).createListingAction,
    input: (w) =>
      form({ ...listingInputToForm(buildListing({ name: "Brand new" })), organisationId: w.orgA.id, intent: "submit" }),
  },
  {
    name: "approve a change",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).approveRevisionAction,
    input: (w) =>
      form({
        revisionId: w.submitted.id,
        version: w.submitted.updatedAt.toISOString(),
        liveVersion: w.liveUpdatedAt.toISOString(),
      }),
  },
  {
    name: "reject a change",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).rejectRevisionAction,
    input: (w) => form({ revisionId: w.submitted.id, reason: "Add opening times" }),
  },
  {
    name: "ask for changes",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/moderation/actions")).requestChangesAction,
    input: (w) => form({ revisionId: w.submitted.id, message: "Add opening times" }),
  },
  {
    name: "bulk publish listings",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/moderation/actions")).bulkListingsAction,
    input: (w) => form({ ids: [w.unpublished.id], intent: "publish" }),
  },
  {
    name: "bulk archive listings (confirmed)",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/moderation/actions")).confirmBulkArchiveAction,
    input: (w) => form({ ids: [w.unpublished.id] }),
  },
  {
    name: "merge a likely duplicate",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/moderation/actions")).mergeDuplicateAction,
    input: (w) => form({ serviceId: w.unpublished.id, targetId: w.live.id }),
  },
  {
    name: "restore an earlier version",
    allowed: ["provider", "editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).restoreRevisionAction,
    input: (w) => form({ revisionId: w.approved.id }),
  },
  {
    name: "restore the original version",
    allowed: ["provider", "editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).restoreOriginalAction,
    input: (w) => form({ auditEventId: w.firstApproval.id }),
  },
  {
    name: "archive a listing",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).archiveListingAction,
    input: (w) => form({ serviceId: w.live.id }),
  },
  {
    name: "restore a listing from the archive",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).unarchiveListingAction,
    input: (w) => form({ serviceId: w.archived.id }),
  },
  {
    name: "publish an imported listing",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).publishListingAction,
    input: (w) => form({ serviceId: w.unpublished.id }),
  },
  {
    name: "add a user",
    allowed: ["admin"],
    load: async () => (await import("@/lib/users/actions")).saveUserAction,
    input: () => form({ email: "new.officer@seabourne.gov.uk", role: "admin" }),
  },
  {
    name: "remove a user",
    allowed: ["admin"],
    load: async () => (await import("@/lib/users/actions")).disableUserAction,
    input: (w) => form({ userId: w.author.id }),
  },
  {
    name: "rename a category",
    allowed: ["admin"],
    load: async () => (await import("@/lib/taxonomy/actions")).updateTermAction,
    input: async () =>
      form({
        termId: (await term("categories", "health")).id,
        name: "Health and therapy",
        description: "Doctors, nurses and therapists.",
        reviewMonths: "6",
      }),
  },
  {
    name: "add a need",
    allowed: ["admin"],
    load: async () => (await import("@/lib/taxonomy/actions")).createTermAction,
    input: () => form({ taxonomy: "needs", name: "Sleep", description: "Trouble sleeping." }),
  },
  {
    name: "remove an unused need",
    allowed: ["admin"],
    load: async () => (await import("@/lib/taxonomy/actions")).deleteTermAction,
    input: async () =>
      form({
        termId: (
          await db().taxonomyTerm.findFirstOrThrow({ where: { taxonomy: { code: "needs" }, services: { none: {} } } })
        ).id,
      }),
  },
  {
    name: "add a thesaurus entry",
    allowed: ["admin"],
    load: async () => (await import("@/lib/thesaurus/actions")).saveThesaurusAction,
    input: () =>
      form({ term: "quiet room", synonyms: "chill out room, calm space", explanation: "Trouble getting to sleep." }),
  },
  {
    name: "remove a thesaurus entry",
    allowed: ["admin"],
    load: async () => (await import("@/lib/thesaurus/actions")).deleteThesaurusAction,
    input: async () => form({ entryId: (await db().thesaurusEntry.findFirstOrThrow()).id }),
  },
  {
    name: "make a family's suggestion into an edit",
    allowed: ["provider", "editor", "admin"],
    load: async () => (await import("@/lib/suggestions/actions")).makeSuggestionIntoEditAction,
    input: (w) => form({ suggestionId: w.suggestion.id }),
  },
  {
    name: "dismiss a family's suggestion",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/suggestions/actions")).dismissSuggestionAction,
    input: (w) => form({ suggestionId: w.suggestion.id, reason: "The number works: we rang it today." }),
  },
  {
    name: "change a family's feedback's status, assignee and notes",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/feedback/triage/actions")).saveTriageAction,
    input: (w) => form({ feedbackId: w.feedback.id, status: "in_progress", assigneeId: "", notes: "Checking" }),
  },
  {
    name: "reply to a family's feedback by email",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/feedback/triage/actions")).replyToFeedbackAction,
    input: (w) => form({ feedbackId: w.feedback.id, reply: "Thank you, we have fixed it." }),
  },
  {
    name: "write the council's response to feedback",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/feedback/triage/actions")).saveResponseAction,
    input: (w) => form({ feedbackId: w.feedback.id, response: "We updated the page.", action: "New dates added" }),
  },
  {
    name: "approve feedback's anonymised text",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/feedback/triage/actions")).approveRedactionAction,
    input: (w) => form({ feedbackId: w.feedback.id, redactedComment: "The short breaks page was out of date." }),
  },
  {
    name: "publish feedback on You said, we did",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/feedback/triage/actions")).decidePublicationAction,
    input: (w) => form({ feedbackId: w.feedback.id, decision: "publishable" }),
  },
  {
    name: "keep feedback off You said, we did",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/feedback/triage/actions")).decidePublicationAction,
    input: (w) => form({ feedbackId: w.feedback.id, decision: "excluded", exclusion: "individual_case" }),
  },
  {
    name: "mark a listing checked",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/review-dates/actions")).markCheckedAction,
    input: (w) => form({ serviceId: w.live.id }),
  },
  {
    name: "add an organisation",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/actions")).createOrganisationAction,
    input: () => form({ name: "Seabourne Saturday Club", kind: "charity", phone: "01632 960 333" }),
  },
  {
    name: "change an organisation's details (officers, live at once)",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/actions")).updateOrganisationAction,
    input: async (w) =>
      form({ ...organisationProfile, organisationId: w.orgA.id, baseUpdatedAt: await organisationVersion(w.orgA.id) }),
  },
  {
    name: "send a change to your organisation's details (its own providers)",
    allowed: ["provider"],
    load: async () => (await import("@/lib/organisations/actions")).submitProfileChangeAction,
    input: async (w) =>
      form({ ...organisationProfile, organisationId: w.orgA.id, baseUpdatedAt: await organisationVersion(w.orgA.id) }),
  },
  {
    name: "approve a change to an organisation's details",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/actions")).approveProfileChangeAction,
    input: async (w) =>
      form({
        revisionId: profileChange.id,
        version: profileChange.updatedAt.toISOString(),
        liveVersion: await organisationVersion(w.orgA.id),
      }),
  },
  {
    name: "return a change to an organisation's details",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/actions")).returnProfileChangeAction,
    input: () => form({ revisionId: profileChange.id, reason: "Give the full name" }),
  },
  {
    name: "ask for changes to an organisation's details",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/moderation/actions")).requestChangesAction,
    input: () => form({ revisionId: profileChange.id, message: "Give the full name" }),
  },
  {
    name: "ask the sender of a service added through Add your service for changes (reopens their draft)",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/moderation/actions")).requestChangesAction,
    input: () => form({ revisionId: waiting.revisionId, message: "Say if the hall has step-free access" }),
  },
  {
    name: "archive an organisation",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/actions")).archiveOrganisationAction,
    input: (w) => form({ organisationId: w.orgA.id }),
  },
  {
    name: "merge an organisation into another",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/actions")).mergeOrganisationAction,
    input: (w) => form({ organisationId: w.orgA.id, intoId: w.orgB.id }),
  },
  {
    name: "invite someone to an organisation",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/actions")).inviteProviderAction,
    input: (w) => form({ organisationId: w.orgA.id, email: "invited@provider.example" }),
  },
  {
    name: "approve an organisation waiting since Add your service",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/organisations/approve-action")).approveOrganisationAction,
    input: () => form({ organisationId: waiting.organisationId }),
  },
  {
    name: "set the categories and needs of a submitted new listing",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/submissions/actions")).setSubmittedTermsAction,
    input: () =>
      form({ revisionId: waiting.revisionId, version: waiting.revisionVersion, categories: ["health"], needs: [] }),
  },
  {
    name: "add an event",
    // Any signed-in provider may add one; it is always their own organisation's (events-moderation.test.ts).
    allowed: ["providerOther", "provider", "editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).createEventAction,
    input: (w) => form(eventForm(w.orgA.id)),
  },
  {
    name: "change an event",
    allowed: ["provider", "editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).updateEventAction,
    input: (w) => form({ ...eventForm(w.orgA.id), eventId: event.id }),
  },
  {
    name: "approve an event",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).approveEventAction,
    input: () => form({ eventId: event.id }),
  },
  {
    name: "send an event back",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).rejectEventAction,
    input: () => form({ eventId: event.id, reason: "Add the venue's address." }),
  },
  {
    name: "change a published event (the change waits beside it)",
    allowed: ["provider", "editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).updateEventAction,
    input: (w) => form({ ...eventForm(w.orgA.id), eventId: liveEvent.id }),
  },
  {
    name: "approve a change to a published event",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).approveEventAction,
    input: () => form({ eventId: liveEvent.id }),
  },
  {
    name: "send back a change to a published event",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).rejectEventAction,
    input: () => form({ eventId: liveEvent.id, reason: "Check the date." }),
  },
  {
    name: "archive an event",
    allowed: ["provider", "editor", "admin"],
    load: async () => (await import("@/lib/events/actions")).archiveEventAction,
    input: () => form({ eventId: event.id }),
  },
  {
    name: "add an advice page",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/advice/actions")).saveAdviceAction,
    input: () => form({ ...adviceForm, slug: `matrix-${crypto.randomUUID().slice(0, 8)}` }),
  },
  {
    name: "change an advice page (sent for approval)",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/advice/actions")).saveAdviceAction,
    input: () => form({ ...adviceForm, title: "Changed", advicePageId: advice.pageId }),
  },
  {
    name: "mark an advice page as checked",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/advice/actions")).markAdviceCheckedAction,
    input: () => form({ advicePageId: advice.pageId }),
  },
  {
    name: "change an advice page's owner",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/advice/actions")).setAdviceOwnerAction,
    input: (w) => form({ advicePageId: advice.pageId, ownerId: w.users.admin!.id }),
  },
  {
    name: "approve a change to an advice page",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).approveRevisionAction,
    input: () => form({ revisionId: advice.revisionId, version: advice.revisionVersion, liveVersion: "" }),
  },
  {
    name: "return a change to an advice page",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/revisions/actions")).rejectRevisionAction,
    input: () => form({ revisionId: advice.revisionId, reason: "Add the phone number" }),
  },
  {
    name: "ask for changes to an advice page",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/moderation/actions")).requestChangesAction,
    input: () => form({ revisionId: advice.revisionId, message: "Add the phone number" }),
  },
];

const eventForm = (organisationId: string) => ({
  organisationId,
  title: "Matrix coffee morning",
  summary: "A coffee morning.",
  startDate: "2027-01-06",
  startTime: "10:00",
  endTime: "11:00",
  venueName: "Hall",
  address: "1 Road",
  costType: "free",
  intent: "submit",
});

let world: World;
beforeEach(async () => {
  world = await createAdminWorld();
});

const adviceForm = {
  title: "Travel to school",
  summary: "Help getting to school.",
  body: "## Who can get help\n\nAsk us.",
  audience: "parents",
  schedule2: ["10"],
  categories: ["education"],
};
// An advice page, unpublished, with its first version sent for approval by another officer.
let advice: { pageId: string; revisionId: string; revisionVersion: string };
beforeEach(async () => {
  const page = await db().advicePage.create({
    data: { slug: "travel", title: "Travel", summary: "S", body: "B", schedule2: [10], ownerId: world.author.id },
  });
  const revision = await db().serviceRevision.create({
    data: {
      subject: "advice",
      advicePageId: page.id,
      organisationId: page.id,
      state: "submitted",
      data: { ...adviceForm, schedule2: [10], relatedServiceIds: [] },
      authorId: world.author.id,
      submittedAt: new Date(),
    },
  });
  advice = { pageId: page.id, revisionId: revision.id, revisionVersion: revision.updatedAt.toISOString() };
});

// A provider's change to Org A's details, waiting for an officer (made after the world, before each case).
let profileChange: { id: string; updatedAt: Date };
beforeEach(async () => {
  profileChange = await db().serviceRevision.create({
    data: {
      subject: "organisation",
      organisationId: world.orgA.id,
      state: "submitted",
      data: { ...organisationProfile, name: "Org A, renamed by its provider" },
      authorId: world.users.provider!.id,
      submittedAt: new Date(),
    },
  });
});

// An event of Org A's, sent for approval by another officer (so editor and admin may decide it).
let event: { id: string };
beforeEach(async () => {
  event = await db().event.create({
    data: {
      organisationId: world.orgA.id,
      authorId: world.author.id,
      title: "Org A's event",
      summary: "An event.",
      startsAt: new Date("2027-01-06T10:00:00Z"),
      endsAt: new Date("2027-01-06T11:00:00Z"),
      venueName: "Hall",
      state: "submitted",
      submittedAt: new Date(),
    },
  });
});

// A published event of Org A's with a change waiting beside it, sent by another officer (ADR 0020).
let liveEvent: { id: string };
beforeEach(async () => {
  const columns = {
    organisationId: world.orgA.id,
    title: "Org A's live event",
    summary: "An event.",
    startsAt: new Date("2027-01-06T10:00:00Z"),
    endsAt: new Date("2027-01-06T11:00:00Z"),
    venueName: "Hall",
  };
  liveEvent = await db().event.create({
    data: {
      ...columns,
      state: "published",
      publishedAt: new Date(),
      changeState: "submitted",
      changeAuthorId: world.author.id,
      changeSubmittedAt: new Date(),
      pendingChange: JSON.parse(
        JSON.stringify({
          ...columns,
          title: "Org A's live event, changed",
          description: "",
          serviceId: null,
          allDay: false,
          rrule: null,
          address: "1 Road",
          postcode: null,
          onlineUrl: null,
          whoFor: "",
          minimumAge: null,
          maximumAge: null,
          needs: [],
          areas: [],
          accessibility: "",
          isFree: true,
          cost: null,
          bookingHow: "",
          bookingUrl: null,
          bookingPhone: null,
        }),
      ),
    },
  });
});

// An organisation and its first listing sent through Add your service, both waiting for an officer.
let waiting: { organisationId: string; revisionId: string; revisionVersion: string };
beforeEach(async () => {
  const organisation = await db().organisation.create({
    data: {
      slug: `waiting-${crypto.randomUUID()}`,
      name: "Saturday Club",
      description: "A club on Saturdays.",
      kind: "charity",
      approvedAt: null,
    },
  });
  const revision = await db().serviceRevision.create({
    data: {
      organisationId: organisation.id,
      state: "submitted",
      data: { ...buildListing({ name: "Saturday Club" }), categories: [], needs: [] },
      submittedAt: new Date(),
    },
  });
  await db().serviceSubmission.create({
    data: {
      state: "confirmed",
      email: "club@example.org",
      organisationId: organisation.id,
      revisionId: revision.id,
      confirmedAt: new Date(),
    },
  });
  waiting = {
    organisationId: organisation.id,
    revisionId: revision.id,
    revisionVersion: revision.updatedAt.toISOString(),
  };
});

async function outcome(action: Action, who: Who, fd: FormData): Promise<string> {
  try {
    const state = await runAs(world.users[who], () => action(null, fd));
    return `state:${JSON.stringify(state)}`;
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (!digest) throw error;
    return digest;
  }
}

describe.each(cases)("$name", ({ allowed, load, input }) => {
  it.each(ALL)("as %s", async (who) => {
    const action = await load();
    const before = await snapshotDatabase();
    const result = await outcome(action, who, await input(world));
    const after = await snapshotDatabase();
    if (allowed.includes(who)) {
      expect(result, "allowed: ends by sending the person on to the next page").toMatch(
        /^NEXT_REDIRECT;[^;]+;\/admin\/(?!sign-in)/,
      );
      expect(after).not.toBe(before);
    } else {
      expect(result).toBe(
        who === "anonymous" ? "NEXT_REDIRECT;replace;/admin/sign-in;307;" : "NEXT_HTTP_ERROR_FALLBACK;404",
      );
      expect(after, "denied: the database is unchanged").toBe(before);
    }
  });
});

it("a provider cannot approve even a change to their own organisation's listing", async () => {
  const { approveRevisionAction } = await import("@/lib/revisions/actions");
  const before = await snapshotDatabase();
  const seen = { version: world.submitted.updatedAt.toISOString(), liveVersion: world.liveUpdatedAt.toISOString() };
  expect(await outcome(approveRevisionAction, "provider", form({ revisionId: world.submitted.id, ...seen }))).toBe(
    "NEXT_HTTP_ERROR_FALLBACK;404",
  );
  expect(await snapshotDatabase()).toBe(before);
});

// The reports are read-only: each loader (and the CSV download, which uses the gaps loader) must
// let in officers and admins only, and read nothing for anyone else.
const reportLoaders: { name: string; allowed: Who[]; load: () => Promise<unknown> }[] = [
  {
    name: "gaps in provision report (and its CSV)",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/reports/gaps/loaders")).loadGapsReport({}),
  },
  {
    name: "usage report",
    allowed: ["editor", "admin"],
    load: async () => (await import("@/lib/reports/usage/loaders")).loadUsageReport({}),
  },
  {
    name: "gaps report CSV download",
    allowed: ["editor", "admin"],
    load: async () =>
      (await import("@/app/admin/(area)/reports/gaps/csv/route")).GET(
        new Request("http://localhost/admin/reports/gaps/csv"),
      ),
  },
];

describe.each(reportLoaders)("$name", ({ allowed, load }) => {
  it.each(ALL)("as %s", async (who) => {
    const result = await runAs(world.users[who], load).then(
      () => "allowed",
      (error) => (error as { digest?: string }).digest ?? String(error),
    );
    expect(result).toEqual(
      allowed.includes(who)
        ? "allowed"
        : who === "anonymous"
          ? expect.stringMatching(
              /^NEXT_REDIRECT;replace;\/admin\/sign-in\?next=%2Fadmin%2Freports%2F(gaps|usage);307;$/,
            )
          : "NEXT_HTTP_ERROR_FALLBACK;404",
    );
  });
});
