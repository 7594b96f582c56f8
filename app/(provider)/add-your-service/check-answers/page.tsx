import type { Metadata } from "next";
import { SendForm } from "@/components/add-your-service/send-form";
import { Link } from "@/components/ui/link";
import { sendSubmissionAction } from "@/lib/submissions/actions";
import { loadDraftWithVocabulary } from "@/lib/submissions/loaders";
import { HONEYPOT } from "@/lib/submissions/schema";
import { summariseTask } from "@/lib/submissions/summary";

export const metadata: Metadata = { title: "Check your answers", robots: { index: false } };

export default async function CheckAnswersPage() {
  const { draft, tasks, vocabulary } = await loadDraftWithVocabulary();
  const names = Object.fromEntries(
    [...vocabulary.categories, ...vocabulary.needs, ...vocabulary.areas].map((t) => [t.code, t.name]),
  );
  const unfinished = tasks.filter((t) => t.status !== "completed");
  const declaration = (draft.answers as { declaration?: { name?: string } }).declaration;
  return (
    <>
      <p className="text-base">
        <Link href="/add-your-service/tasks">Back to your sections</Link>
      </p>
      <h1 className="mt-2 text-3xl">Check your answers</h1>
      <p className="mt-3 max-w-2xl">This is what families will see, once the council has checked it.</p>
      {tasks.map((t) => {
        const rows = summariseTask(t.slug, draft.answers[t.slug], names);
        return (
          <section key={t.slug} aria-labelledby={`sum-${t.slug}`} className="mt-8 max-w-3xl border-2 border-line">
            <div className="flex flex-wrap items-baseline justify-between gap-2 bg-panel px-4 py-2">
              <h2 id={`sum-${t.slug}`} className="text-xl">
                {t.title}
              </h2>
              <Link href={`/add-your-service/tasks/${t.slug}`}>
                Change<span className="sr-only"> {t.title.toLowerCase()}</span>
              </Link>
            </div>
            {rows.length ? (
              <dl className="grid grid-cols-1 gap-x-4 px-4 py-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
                {rows.map((r) => (
                  <div key={r.label} className="contents">
                    <dt className="pt-2 font-bold">{r.label}</dt>
                    <dd className="border-b border-line pb-2 whitespace-pre-wrap break-words sm:pt-2">{r.value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="px-4 py-2">Not answered yet.</p>
            )}
          </section>
        );
      })}
      <h2 className="mt-10 text-2xl">Send your service</h2>
      {unfinished.length ? (
        <p className="mt-2 max-w-2xl border-l-8 border-warning bg-panel p-4">
          You cannot send this yet. Finish {unfinished.length === 1 ? "this section" : "these sections"}:{" "}
          {unfinished.map((t, i) => (
            <span key={t.slug}>
              {i > 0 ? (i === unfinished.length - 1 ? " and " : ", ") : ""}
              <Link href={`/add-your-service/tasks/${t.slug}`}>{t.title}</Link>
            </span>
          ))}
          .
        </p>
      ) : (
        <SendForm
          action={sendSubmissionAction}
          honeypot={HONEYPOT}
          initial={{ name: declaration?.name ?? "", email: draft.email ?? "" }}
        />
      )}
    </>
  );
}
