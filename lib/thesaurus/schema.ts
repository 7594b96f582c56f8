import { z } from "zod";

export const thesaurusSchema = z.object({
  entryId: z
    .string()
    .optional()
    .transform((v) => v || undefined),
  term: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "Enter the word services use, like autism")
    .max(80, "Use 80 characters or fewer"),
  synonyms: z
    .string()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? "")
          .split(",")
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(80, "Keep each word or phrase to 80 characters"))
        .min(1, "Enter at least one word families use, separated by commas"),
    ),
  explanation: z.string().trim().min(1, "Explain the term in plain words").max(1000, "Use 1000 characters or fewer"),
});

export const thesaurusDeleteSchema = z.object({ entryId: z.uuid() });
