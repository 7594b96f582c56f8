// "Save these services to your list" on a list someone shared (lib/shortlist/change.ts).
import { saveSharedList } from "@/lib/shortlist/change";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return saveSharedList(request);
}
