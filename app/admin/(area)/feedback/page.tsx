import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { FEEDBACK_THEMES, themeLabel } from "@/lib/feedback/labels";
import { loadFeedbackInbox } from "@/lib/feedback/triage/loaders";
import { FEEDBACK_KINDS, FEEDBACK_STATUSES } from "@/lib/feedback/triage/schema";
import { formatDate } from "@/lib/services/format";

export const metadata: Metadata = { title: "Feedback from families" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_FILTERS = [
  { value: "open", label: "New and in progress" },
  ...Object.entries(FEEDBACK_STATUSES).map(([value, label]) => ({ value, label })),
  { value: "all", label: "All" },
];

/** "today", "1 day", "12 days": how long it has waited. */
function age(from: Date, now = new Date()) {
  const days = Math.floor((now.getTime() - from.getTime()) / 86_400_000);
  return days < 1 ? "today" : days === 1 ? "1 day" : `${days} days`;
}

function firstWords(text: string) {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export default async function FeedbackInboxPage({ searchParams }: Props) {
  const { filters, page, pages, rows, total } = await loadFeedbackInbox(await searchParams);
  const query = (p: number) => {
    const q = new URLSearchParams({ status: filters.status ?? "open" });
    if (filters.theme) q.set("theme", filters.theme);
    if (filters.kind) q.set("kind", filters.kind);
    if (p > 1) q.set("page", String(p));
    return `/admin/feedback?${q}`;
  };
  return (
    <>
      <h1 className="text-3xl">Feedback from families</h1>
      <p className="mt-2 max-w-3xl">
        Comments, &quot;Was this page helpful?&quot; answers and missing support, new ones first, then the oldest. Open
        one to reply, write the council&apos;s response, make it anonymous and decide whether to publish it on{" "}
        <Link href="/you-said-we-did">You said, we did</Link>.
      </p>
      <form method="get" action="/admin/feedback" className="mt-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="filter-status" className="block font-bold">
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={filters.status} className="input mt-1 w-auto">
            {STATUS_FILTERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-theme" className="block font-bold">
            Theme
          </label>
          <select id="filter-theme" name="theme" defaultValue={filters.theme ?? ""} className="input mt-1 w-auto">
            <option value="">All themes</option>
            {Object.entries(FEEDBACK_THEMES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-kind" className="block font-bold">
            Kind
          </label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""} className="input mt-1 w-auto">
            <option value="">All kinds</option>
            {Object.entries(FEEDBACK_KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </form>
      <p className="mt-4" role="status">
        {total === 1 ? "1 piece of feedback" : `${total} pieces of feedback`}
      </p>
      {rows.length > 0 && (
        <Table headings={["Received", "Kind and theme", "What they said", "Page or listing", "Status", "Assigned to"]}>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-line align-top">
              <td className="py-2 pr-3">
                <Link href={`/admin/feedback/${r.id}`}>{formatDate(r.createdAt)}</Link>
                <span className="block text-muted">waiting {age(r.createdAt)}</span>
              </td>
              <td className="pr-3">
                {FEEDBACK_KINDS[r.kind]}
                {r.theme && <span className="block text-muted">{themeLabel(r.theme)}</span>}
              </td>
              <td className="pr-3">
                {r.kind === "helpful" && (
                  <span className="block">{r.helpful ? "Yes, helpful" : "No, not helpful"}</span>
                )}
                {firstWords(r.comment || r.lookedFor || "")}
              </td>
              <td className="pr-3">
                {r.service ? <Link href={`/services/${r.service.slug}`}>{r.service.name}</Link> : (r.pagePath ?? "")}
              </td>
              <td className="pr-3">{FEEDBACK_STATUSES[r.status]}</td>
              <td>{r.assignee?.email ?? "Nobody"}</td>
            </tr>
          ))}
        </Table>
      )}
      {pages > 1 && <Pagination page={page} pages={pages} href={query} />}
    </>
  );
}
