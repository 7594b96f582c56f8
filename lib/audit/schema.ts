// Every kind of change the audit log records. A discriminated union on the thing changed, so a
// new kind of event is a type error until it is described here. No Prisma import.
import { z } from "zod";

const json = z.record(z.string(), z.unknown()).nullable();

const serviceEvent = z.object({
  entityType: z.literal("service"),
  type: z.enum([
    "revision.saved",
    "revision.submitted",
    "revision.approved",
    "revision.rejected",
    "revision.changes_requested",
    "revision.merged",
    "service.created",
    "service.published",
    "service.archived",
    "service.unarchived",
    "service.confirmed",
    "service.imported",
    "service.reimported",
    // Moved to another organisation when an officer merged its organisation into that one.
    "service.moved",
    // A family's "suggest a change" (lib/suggestions), handled by an officer or the provider.
    "suggestion.made_into_edit",
    "suggestion.dismissed",
    // The edit made from it was approved: the suggestion is done.
    "suggestion.done",
  ]),
  entityId: z.uuid(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

const userEvent = z.object({
  entityType: z.literal("user"),
  type: z.enum(["user.created", "user.updated", "user.disabled", "user.signed_in"]),
  entityId: z.string(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

const vocabularyEvent = z.object({
  entityType: z.enum(["taxonomy_term", "thesaurus_entry"]),
  type: z.enum(["vocabulary.created", "vocabulary.updated", "vocabulary.deleted"]),
  entityId: z.string(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

const organisationEvent = z.object({
  entityType: z.literal("organisation"),
  type: z.enum([
    "organisation.created",
    "organisation.updated",
    "organisation.approved",
    "organisation.archived",
    "organisation.merged",
    // A provider's change to their organisation's profile (a revision with subject organisation).
    "revision.submitted",
    "revision.approved",
    "revision.rejected",
    "revision.changes_requested",
  ]),
  entityId: z.uuid(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

// "Add your service": a visitor confirmed their email address and the draft went to officers.
const submissionEvent = z.object({
  entityType: z.literal("submission"),
  // Reopened when an officer asks for changes; resubmitted when the sender confirms again.
  type: z.enum(["submission.confirmed", "submission.terms_set", "submission.reopened", "submission.resubmitted"]),
  entityId: z.uuid(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

// Families' feedback (lib/feedback): an officer's triage, reply, redaction and publishing decision.
// What the family wrote never goes in the audit row: only what was decided.
const feedbackEvent = z.object({
  entityType: z.literal("feedback"),
  type: z.enum([
    "feedback.triaged",
    "feedback.replied",
    "feedback.responded",
    "feedback.redaction_approved",
    "feedback.published",
    "feedback.excluded",
    "feedback.unpublished",
  ]),
  entityId: z.uuid(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

// Council advice pages (lib/advice): words change through revisions (subject advice); owner and checks directly.
const adviceEvent = z.object({
  entityType: z.literal("advice_page"),
  type: z.enum([
    "advice.created",
    "advice.checked",
    "advice.owner_changed",
    "revision.submitted",
    "revision.approved",
    "revision.rejected",
    "revision.changes_requested",
  ]),
  entityId: z.uuid(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

// Events (lib/events): added, changed, sent for approval, approved, sent back and archived.
const eventEvent = z.object({
  entityType: z.literal("event"),
  type: z.enum([
    "event.created",
    "event.updated",
    "event.submitted",
    "event.published",
    "event.rejected",
    "event.archived",
    "event.change_submitted",
    "event.change_approved",
    "event.change_rejected",
  ]),
  entityId: z.uuid(),
  before: json,
  after: json,
  data: z.record(z.string(), z.unknown()).optional(),
});

export const auditEventSchema = z.union([
  adviceEvent,
  serviceEvent,
  userEvent,
  vocabularyEvent,
  organisationEvent,
  submissionEvent,
  feedbackEvent,
  eventEvent,
]);
export type AuditEventInput = z.input<typeof auditEventSchema>;
export type AuditEventType = AuditEventInput["type"];

/** Who did it. `null` id for the system (scheduled jobs, the command line). */
export type Actor = { id: string | null; email: string | null };
export const SYSTEM_ACTOR: Actor = { id: null, email: "system" };

export const AUDIT_TYPE_LABELS: Record<AuditEventType, string> = {
  "revision.saved": "Draft saved",
  "revision.submitted": "Sent for approval",
  "revision.approved": "Change approved and published",
  "revision.rejected": "Change rejected",
  "revision.changes_requested": "Changes asked for",
  "revision.merged": "Merged into an existing listing",
  "service.created": "Listing added (not yet public)",
  "service.published": "Published",
  "service.archived": "Archived",
  "service.unarchived": "Restored from archive",
  "service.confirmed": "Confirmed still correct",
  "service.imported": "Imported from another directory",
  "service.reimported": "Updated by a re-import",
  "service.moved": "Moved to another organisation",
  "suggestion.made_into_edit": "A family's suggestion made into an edit",
  "suggestion.dismissed": "A family's suggestion dismissed",
  "suggestion.done": "A family's suggestion done: the edit made from it was approved",
  "organisation.created": "Organisation added",
  "organisation.updated": "Organisation changed",
  "organisation.approved": "Organisation approved",
  "organisation.archived": "Organisation archived",
  "organisation.merged": "Organisation merged into another",
  "submission.confirmed": "Service sent through Add your service",
  "submission.terms_set": "Categories and needs set by an officer",
  "submission.reopened": "Sent back to the person who added it, to change and send again",
  "submission.resubmitted": "Sent again through Add your service after changes were asked for",
  "feedback.triaged": "Feedback: status, assignee or notes changed",
  "feedback.replied": "Feedback: replied to by email",
  "feedback.responded": "Feedback: the council's response and action written",
  "feedback.redaction_approved": "Feedback: anonymised text approved",
  "feedback.published": "Feedback: published on You said, we did",
  "feedback.excluded": "Feedback: kept off You said, we did",
  "feedback.unpublished": "Feedback: publishing decision undone",
  "event.created": "Event added",
  "event.updated": "Event changed",
  "event.submitted": "Event sent for approval",
  "event.published": "Event approved and published",
  "event.rejected": "Event sent back with a reason",
  "event.archived": "Event archived",
  "event.change_submitted": "Change to a published event sent for approval",
  "event.change_approved": "Change to a published event approved",
  "event.change_rejected": "Change to a published event sent back with a reason",
  "user.created": "User added",
  "user.updated": "User changed",
  "user.disabled": "User removed",
  "user.signed_in": "Signed in",
  "vocabulary.created": "Term added",
  "vocabulary.updated": "Term changed",
  "vocabulary.deleted": "Term removed",
  "advice.created": "Advice page added (not yet public)",
  "advice.checked": "Advice page checked",
  "advice.owner_changed": "Advice page owner changed",
};

export const auditFiltersSchema = z.object({
  type: z
    .string()
    .optional()
    .transform((v) => (v && v in AUDIT_TYPE_LABELS ? (v as AuditEventType) : undefined)),
  entityId: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  actor: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;
