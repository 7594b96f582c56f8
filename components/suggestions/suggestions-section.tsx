// "Suggestions from families": what visitors said is wrong on a listing's page, oldest first, each
// with "Make this an edit" (a draft of the listing, opened in the editor) and, for officers, "Dismiss".
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/platform/action-client";
import { formatDate } from "@/lib/services/format";
import { kindLabel } from "@/lib/suggestions/schema";

export type SuggestionRow = {
  id: string;
  kind: string;
  message: string;
  createdAt: Date;
  service: { id: string; name: string; slug: string; organisation: { name: string } };
};

type Action = (prev: FormState | null, fd: FormData) => Promise<FormState>;

export function SuggestionsSection({
  suggestions,
  makeIntoEdit,
  canDismiss,
  limit,
}: {
  suggestions: SuggestionRow[];
  makeIntoEdit: Action;
  canDismiss: boolean;
  /** Show only this many (the queue page); the rest are on /admin/suggestions. */
  limit?: number;
}) {
  const shown = limit ? suggestions.slice(0, limit) : suggestions;
  return (
    <section aria-labelledby="suggestions" className="mt-8">
      <h2 id="suggestions" className="text-2xl">
        Suggestions from families ({suggestions.length})
      </h2>
      <p className="mt-1 text-base text-muted">
        Visitors told us something on these pages may be wrong. Make it an edit to correct the listing
        {canDismiss ? ", or dismiss it with a reason" : ""}.
      </p>
      {shown.length === 0 ? (
        <p className="mt-2">None waiting.</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {shown.map((s) => (
            <li key={s.id} className="border-l-4 border-line pl-4">
              <h3 className="text-xl">
                <Link href={`/services/${s.service.slug}`}>{s.service.name}</Link>
              </h3>
              <p className="text-base text-muted">
                {s.service.organisation.name} · sent {formatDate(s.createdAt)}
              </p>
              <p className="mt-1 font-bold">{kindLabel(s.kind)}</p>
              {s.message && <blockquote className="mt-1 whitespace-pre-wrap border-l-2 pl-3">{s.message}</blockquote>}
              <div className="flex flex-wrap items-end gap-x-6">
                <ActionForm action={makeIntoEdit} hidden={{ suggestionId: s.id }} submitLabel="Make this an edit" />
                {canDismiss && (
                  <p className="mt-4">
                    <Link href={`/admin/suggestions/${s.id}`}>
                      Dismiss<span className="sr-only"> the suggestion about {s.service.name}</span>
                    </Link>
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {limit && suggestions.length > shown.length && (
        <p className="mt-4">
          <Link href="/admin/suggestions">See all {suggestions.length} suggestions</Link>
        </p>
      )}
    </section>
  );
}
