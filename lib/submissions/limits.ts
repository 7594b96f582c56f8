// How often "Add your service" may be started and confirmation emails sent, counted in PostgreSQL
// (lib/platform/rate-limit) so the limits hold across servers. Generous for a person, tight for a script.
import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/platform/client-address";
import { AppError } from "@/lib/platform/app-error";
import { hitRateLimits } from "@/lib/platform/rate-limit/mutations";
import { keyPart, tooManyRequestsMessage } from "@/lib/platform/rate-limit/windows";

const HOUR = 60 * 60;
export const STARTS_PER_CLIENT_PER_HOUR = 20;
export const EMAILS_PER_ADDRESS_PER_HOUR = 5;
export const EMAILS_PER_CLIENT_PER_HOUR = 20;

async function refuseOverLimit(rules: { key: string; limit: number; windowSeconds: number }[]) {
  const decision = await hitRateLimits(rules);
  if (!decision.allowed) throw new AppError("forbidden", tooManyRequestsMessage(decision.retryAfterSeconds));
}

/** Starting a draft: a script cannot fill the table with empty ones. */
export async function limitStarts(): Promise<void> {
  const client = keyPart(clientAddress(await headers()));
  await refuseOverLimit([
    { key: `submission-start:client:${client}`, limit: STARTS_PER_CLIENT_PER_HOUR, windowSeconds: HOUR },
  ]);
}

/** Sending a confirmation link: nobody's inbox is flooded through this form. */
export async function limitConfirmationEmails(email: string): Promise<void> {
  const client = keyPart(clientAddress(await headers()));
  await refuseOverLimit([
    { key: `submission-email:client:${client}`, limit: EMAILS_PER_CLIENT_PER_HOUR, windowSeconds: HOUR },
    { key: `submission-email:address:${keyPart(email)}`, limit: EMAILS_PER_ADDRESS_PER_HOUR, windowSeconds: HOUR },
  ]);
}
