// Above the editor when an edit was made from families' suggestions: what they said, quoted, so the
// person editing sees what to check without going back to the queue.
import { formatDate } from "@/lib/services/format";
import { kindLabel } from "@/lib/suggestions/schema";

type Note = { id: string; kind: string; message: string; createdAt: Date };

export function SuggestionNotes({ notes }: { notes: Note[] }) {
  if (!notes.length) return null;
  return (
    <section aria-labelledby="suggestion-notes" className="mt-4 border-l-8 border-brand bg-panel p-4">
      <h2 id="suggestion-notes" className="text-xl">
        What a family told us
      </h2>
      <ul className="mt-2 space-y-3">
        {notes.map((n) => (
          <li key={n.id}>
            <p>
              <span className="font-bold">{kindLabel(n.kind)}</span> (sent {formatDate(n.createdAt)})
            </p>
            {n.message && <blockquote className="mt-1 whitespace-pre-wrap border-l-2 pl-3">{n.message}</blockquote>}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-base">Check the listing against this, correct it below, then send it for approval.</p>
    </section>
  );
}
