import { z } from "zod";
import { listingInputSchema } from "@/lib/services/schema";

const uuid = z.uuid("That link is not right");

export const revisionIdSchema = z.object({ revisionId: uuid });
/**
 * Approving names what the officer saw: the revision's version and the live listing's (each its
 * updatedAt, as the editor's baseUpdatedAt already is; "" for a new listing), so a change made
 * to either after the page was opened is refused, never published unseen.
 */
export const approveSchema = z.object({
  revisionId: uuid,
  version: z.string().min(1, "Open the change again and check it before approving"),
  liveVersion: z.string().default(""),
});
export const serviceIdSchema = z.object({ serviceId: uuid });
export const rejectSchema = z.object({
  revisionId: uuid,
  reason: z
    .string()
    .trim()
    .min(1, "Say what needs to change, so the author can put it right")
    .max(2000, "Use 2000 characters or fewer"),
});
export const editorMetaSchema = z.object({
  serviceId: uuid,
  baseUpdatedAt: z.string().min(1),
  intent: z.string().optional(),
  keepMine: z.literal("yes").optional(),
});

export const newListingMetaSchema = z.object({
  organisationId: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  intent: z.string().optional(),
});
export const auditEventIdSchema = z.object({ auditEventId: uuid });

/**
 * "Add another", "Remove" and "Check plain language" post the editor with their own intent: the form
 * comes back changed, nothing saved, so only the hidden fields are read. Saving (or Enter in a field)
 * parses the whole listing.
 */
export const savesListing = (intent: unknown): boolean => !intent || intent === "save" || intent === "submit";

// Each form is parsed once: the hidden fields and the listing together, so every message shows at once.
export const editorSaveSchema = z
  .intersection(listingInputSchema, editorMetaSchema)
  .transform(({ serviceId, baseUpdatedAt, intent, keepMine, ...listing }) => ({
    meta: { serviceId, baseUpdatedAt, intent, keepMine },
    listing,
  }));

const organisationChosen = newListingMetaSchema.refine((m) => !!m.organisationId, {
  message: "Choose the organisation that runs the service",
  path: ["organisationId"],
});

/** An officer names the organisation; a provider's listing is always their own organisation's. */
export const newListingSaveSchema = (organisationRequired: boolean) =>
  z
    .intersection(listingInputSchema, organisationRequired ? organisationChosen : newListingMetaSchema)
    .transform(({ organisationId, intent, ...listing }) => ({ meta: { organisationId, intent }, listing }));
