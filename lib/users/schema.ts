import { z } from "zod";

export const ROLES = ["admin", "editor", "provider"] as const;

export const userInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@seabourne.gov.uk")),
    name: z
      .string()
      .trim()
      .max(120, "Use 120 characters or fewer")
      .optional()
      .transform((v) => v || undefined),
    role: z.enum(ROLES, "Choose a role"),
    organisationId: z
      .string()
      .optional()
      .transform((v) => v || undefined),
  })
  .refine((u) => u.role !== "provider" || !!u.organisationId, {
    message: "Choose the organisation this provider works for",
    path: ["organisationId"],
  });
export type UserInput = z.output<typeof userInputSchema>;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your email address like name@seabourne.gov.uk")),
});
