// "Remove from your list" on a result card, a listing page or the list itself (lib/shortlist/change.ts).
import { changeShortlist } from "@/lib/shortlist/change";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return changeShortlist(request, "remove");
}
