// Where the feedback forms send a refused post (lib/feedback/submit/actions.ts and the helpful
// widget's route handler): too many (429 with Retry-After) or the hidden field filled in (400).
// Plain, self-contained pages, reached with or without JavaScript.
import { notSentPage } from "@/lib/feedback/submit/not-sent-page";
import { tooManyRequestsPage } from "@/lib/platform/rate-limit/too-many-page";

export const dynamic = "force-dynamic";

const BACK = "Use your browser's back button to return to the form: what you wrote should still be there.";

export async function GET(request: Request) {
  const minutes = Math.round(Number(new URL(request.url).searchParams.get("minutes")));
  if (minutes >= 1) return tooManyRequestsPage(Math.min(minutes, 24 * 60) * 60, `Your feedback was not sent. ${BACK}`);
  return notSentPage();
}
