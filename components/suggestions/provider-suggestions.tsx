// A provider's view of what families said about their listings: open ones with "Make this an edit",
// and what became of the others (made into an edit, done when that edit was approved, or dismissed
// by an officer with a reason).
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/platform/action-client";
import { formatDate } from "@/lib/services/format";
import { kindLabel } from "@/lib/suggestions/schema";

type Row = {
  id: string;
  kind: string;
  message: string;
  state: "new" | "made_into_edit" | "dismissed" | "done";
  reason: string | null;
  createdAt: Date;
  handledAt: Date | null;
  service: { id: string; name: string };
};

export function SuggestionsFromFamilies({
  suggestions,
  makeIntoEdit,
}: {
  suggestions: Row[];
  makeIntoEdit: (prev: FormState | null, fd: FormData) => Promise<FormState>;
}) {
  return (
    <section aria-labelledby="suggestions" className="mt-8">
      <h2 id="suggestions" className="text-2xl">
        Suggestions from families
      </h2>
      {suggestions.length === 0 ? (
        <p className="mt-2">No visitor has suggested a change in the last 90 days.</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {suggestions.map((s) => (
            <li key={s.id} className="border-l-4 border-line pl-4">
              <h3 className="text-xl">{s.service.name}</h3>
              <p className="text-base text-muted">Sent {formatDate(s.createdAt)}</p>
              <p className="mt-1 font-bold">{kindLabel(s.kind)}</p>
              {s.message && <blockquote className="mt-1 whitespace-pre-wrap border-l-2 pl-3">{s.message}</blockquote>}
              {s.state === "new" && (
                <ActionForm action={makeIntoEdit} hidden={{ suggestionId: s.id }} submitLabel="Make this an edit" />
              )}
              {s.state === "made_into_edit" && (
                <p className="mt-1">
                  Made into an edit on {formatDate(s.handledAt)}.{" "}
                  <Link href={`/admin/listings/${s.service.id}/edit`}>Open the edit</Link>
                </p>
              )}
              {s.state === "done" && (
                <p className="mt-1">
                  Done: the edit made from it was approved on {formatDate(s.handledAt)} and is on the listing now.
                </p>
              )}
              {s.state === "dismissed" && (
                <p className="mt-1">
                  Dismissed by the Local Offer team on {formatDate(s.handledAt)}: {s.reason}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
