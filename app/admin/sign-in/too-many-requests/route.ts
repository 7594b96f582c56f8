// Where the sign-in form sends someone over its limit (lib/auth/sign-in-limit.ts): the same 429 page
// Auth.js's endpoint answers with. Reached by the form's redirect, with or without JavaScript.
import { tooManyRequestsPage } from "@/lib/platform/rate-limit/too-many-page";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const minutes = Math.round(Number(new URL(request.url).searchParams.get("minutes")));
  return tooManyRequestsPage((minutes >= 1 && minutes <= 60 ? minutes : 15) * 60);
}
