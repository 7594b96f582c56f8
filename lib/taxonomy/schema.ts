import { z } from "zod";

/** Admins edit the names and descriptions of all four taxonomies; new terms only where listings can use any code. */
export const EDITABLE_TAXONOMIES = ["categories", "needs", "age-groups", "areas"] as const;
export const EXTENSIBLE_TAXONOMIES = ["categories", "needs"] as const;

const name = z.string().trim().min(1, "Enter a name").max(80, "Use 80 characters or fewer");
const description = z
  .string()
  .trim()
  .min(1, "Enter a short description in plain words")
  .max(500, "Use 500 characters or fewer");

export const termUpdateSchema = z.object({
  termId: z.uuid(),
  name,
  description,
  reviewMonths: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(
      z
        .number("Enter the number of months, like 6")
        .int("Enter a whole number of months")
        .min(1, "Enter 1 to 24 months")
        .max(24, "Enter 1 to 24 months")
        .nullable(),
    ),
});

export const termCreateSchema = z.object({
  taxonomy: z.enum(EXTENSIBLE_TAXONOMIES),
  name,
  description,
});

export const termDeleteSchema = z.object({ termId: z.uuid() });

export function termCode(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}
