import type { Metadata } from "next";
import Link from "next/link";
import type { ReviewView } from "@/lib/review-dates/data";
import { loadReviewDashboard } from "@/lib/review-dates/loaders";
import { REVIEW_VIEWS } from "@/lib/review-dates/schema";
import { formatDate } from "@/lib/services/format";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Review dates" };

const LABELS: Record<ReviewView, string> = {
  overdue: "Overdue",
  "due-soon": "Due in the next 30 days",
  recent: "Checked in the last 30 days",
  unanswered: "Reminder not answered",
};

type Props = { searchParams: Promise<{ show?: string }> };

export default async function ReviewDatesPage({ searchParams }: Props) {
  const show = (REVIEW_VIEWS as readonly string[]).includes((await searchParams).show ?? "")
    ? ((await searchParams).show as ReviewView)
    : "overdue";
  const { counts, rows } = await loadReviewDashboard(show);
  return (
    <>
      <h1 className="text-3xl">Review dates</h1>
      <p className="mt-2 max-w-3xl">
        Every listing is checked with its provider at least once a year. Reminders go out by email 30 days before the
        review date, and a second, firmer one after 14 days without an answer (run by <code>npm run jobs:run</code>).
      </p>
      <nav aria-label="Review views" className="mt-4">
        <ul className="grid gap-4 sm:grid-cols-4">
          {REVIEW_VIEWS.map((v) => (
            <li key={v} className={`p-4 ${v === show ? "border-4 border-brand" : "bg-panel"}`}>
              <Link
                href={`/admin/review-dates?show=${v}`}
                aria-current={v === show ? "page" : undefined}
                className="block no-underline"
              >
                <span className="block text-4xl font-bold">{counts[v]}</span>
                <span className="underline">{LABELS[v]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-8 text-2xl">{LABELS[show]}</h2>
      {rows.length === 0 ? (
        <p className="mt-2">None.</p>
      ) : (
        <Table headings={["Listing", "Last checked", "Review due", "Latest reminder"]} className="mt-2">
          {rows.map((s) => {
            const r = s.reminders[0];
            const reminder = r?.stage === 2 ? "Second reminder" : "First reminder";
            return (
              <tr key={s.id} className="border-b border-line align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/listings/${s.id}`}>{s.name}</Link>
                  <br />
                  <span className="text-muted">{s.organisation.name}</span>
                </td>
                <td className="pr-3">{s.lastCheckedAt ? formatDate(s.lastCheckedAt) : "Never"}</td>
                <td className="pr-3">{s.reviewDueAt ? formatDate(s.reviewDueAt) : "Now"}</td>
                <td>
                  {r ? (
                    <>
                      {reminder} to {r.sentTo}, {formatDate(r.sentAt)}:{" "}
                      {r.answeredAt ? (
                        r.answer === "changes" ? (
                          "said it needs changes"
                        ) : (
                          "answered"
                        )
                      ) : (
                        <strong>no answer yet</strong>
                      )}
                    </>
                  ) : (
                    "None sent"
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
    </>
  );
}
