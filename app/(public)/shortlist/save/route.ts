// "Save to your list" on a result card or a listing page (lib/shortlist/change.ts).
import { changeShortlist } from "@/lib/shortlist/change";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return changeShortlist(request, "save");
}
