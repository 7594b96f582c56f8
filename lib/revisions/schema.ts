import { z } from "zod";

const uuid = z.uuid("That link is not right");

export const revisionIdSchema = z.object({ revisionId: uuid });
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
