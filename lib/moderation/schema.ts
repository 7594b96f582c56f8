import { z } from "zod";

const uuid = z.uuid("That link is not right");

export const requestChangesSchema = z.object({
  revisionId: uuid,
  message: z
    .string()
    .trim()
    .min(1, "Say what the provider needs to change")
    .max(2000, "Use 2000 characters or fewer")
    // Plain text in an email and on the editor: no markup travels.
    .transform((v) => v.replace(/<[^>]*>/g, "")),
});

/** At most this many listings in one bulk action (the queue shows 300 of each list). */
export const BULK_MAX = 300;

const chosen = z
  .array(uuid, "Choose at least one listing")
  .min(1, "Choose at least one listing")
  .max(BULK_MAX, `Choose ${BULK_MAX} listings or fewer at once`);

export const bulkSchema = z.object({
  ids: z.preprocess((v) => (v === undefined ? [] : v), chosen),
  intent: z.enum(["publish", "archive"], "Choose publish or archive"),
});

export const bulkArchiveSchema = z.object({ ids: chosen });

/** The archive confirmation page's address carries the chosen ids; anything not an id is dropped. */
export function parseIdList(value: unknown): string[] {
  if (typeof value !== "string") return [];
  const ids = value.split(",").filter((id) => uuid.safeParse(id).success);
  return [...new Set(ids)].slice(0, BULK_MAX);
}

/** Merge a new-listing revision, or an unpublished listing, into an existing listing. */
export const mergeSchema = z
  .object({
    revisionId: uuid.optional().or(z.literal("").transform(() => undefined)),
    serviceId: uuid.optional().or(z.literal("").transform(() => undefined)),
    targetId: uuid,
  })
  .refine((v) => !!v.revisionId !== !!v.serviceId, { message: "That link is not right", path: ["targetId"] });
