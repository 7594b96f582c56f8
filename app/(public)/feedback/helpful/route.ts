// "Was this page helpful?": the widget's plain form posts here (a route handler, not a server action,
// so the widget is the same cacheable HTML for everyone and needs no JavaScript). Keeps the answer,
// then 303 to the thank-you page, whose address carries the signed id of the new row for the optional
// follow-up (lib/feedback/submit/signed-ref.ts). Refusals: 400, or 429 with Retry-After.
import { headers } from "next/headers";
import { helpfulSchema } from "@/lib/feedback/schema";
import { notSentPage } from "@/lib/feedback/submit/not-sent-page";
import { submitHelpful } from "@/lib/feedback/submit/submit";
import { AppError } from "@/lib/platform/app-error";
import { clientAddress } from "@/lib/platform/client-address";
import { tooManyRequestsPage } from "@/lib/platform/rate-limit/too-many-page";

export const dynamic = "force-dynamic";

const MAX_BODY = 5000;

async function readFields(request: Request): Promise<Record<string, string> | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) return null;
  const body = await request.text();
  if (body.length > MAX_BODY) return null;
  const fields: Record<string, string> = {};
  // The first value of each field: a repeated field is not ours anyway.
  for (const [name, value] of new URLSearchParams(body)) fields[name] ??= value;
  return fields;
}

export async function POST(request: Request) {
  const parsed = helpfulSchema.safeParse(await readFields(request));
  if (!parsed.success) return notSentPage();
  try {
    const result = await submitHelpful(parsed.data, clientAddress(await headers()));
    if (result.outcome === "honeypot") return notSentPage();
    if (result.outcome === "limited")
      return tooManyRequestsPage(result.retryAfterSeconds, "Your answer was not kept. Thank you for trying.");
    const next = new URLSearchParams({ answer: parsed.data.answer, ref: result.ref });
    // Relative, so the browser stays on the address it used (the Host header is not trusted).
    return new Response(null, {
      status: 303,
      headers: { Location: `/feedback/helpful/thank-you?${next}`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return notSentPage();
    throw error;
  }
}
