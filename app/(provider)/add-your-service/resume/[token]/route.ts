// The "open your draft" link from an email: it names the draft by its token, which becomes this
// browser's draft cookie, then the task list. An unknown or sent draft goes to the start page.
import { resumeDraftAction } from "@/lib/submissions/actions";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return resumeDraftAction((await params).token);
}
