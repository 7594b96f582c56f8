// What the "Email this list to yourself" form may send. No Prisma import here.
import { z } from "zod";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";

export const EMAIL_MAX = 254;
const WRONG_EMAIL = "Enter an email address in the correct format, like name@example.com";

export const emailShortlistSchema = z.object({
  email: z
    .string()
    .max(EMAIL_MAX * 2, WRONG_EMAIL)
    .default("")
    .transform((v) => v.trim())
    .pipe(z.string().min(1, "Enter your email address").max(EMAIL_MAX, WRONG_EMAIL).pipe(z.email(WRONG_EMAIL))),
  [HONEYPOT_FIELD]: z.string().max(2000).optional(),
});
export type EmailShortlistInput = z.output<typeof emailShortlistSchema>;
