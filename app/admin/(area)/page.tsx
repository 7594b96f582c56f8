import type { Metadata } from "next";
import Link from "next/link";
import { ProviderDashboard } from "@/components/admin/provider-dashboard";
import { getCurrentUser } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/roles";
import { loadProviderDashboard } from "@/lib/provider-view/loaders";
import { loadDashboard } from "@/lib/revisions/loaders";
import { makeSuggestionIntoEditAction } from "@/lib/suggestions/actions";
import type { SearchStatus } from "@/lib/search/query/status";
import { formatDate } from "@/lib/services/format";

export const metadata: Metadata = { title: "Staff dashboard" };

function Count({ n, label, href }: { n: number; label: string; href: string }) {
  return (
    <li className="bg-panel p-4">
      <Link href={href} className="block no-underline">
        <span className="block text-4xl font-bold">{n}</span>
        <span className="underline">{label}</span>
      </Link>
    </li>
  );
}

export default async function DashboardPage() {
  // A provider sees their own organisation's view; officers and admins the staff dashboard.
  if ((await getCurrentUser())?.role === "provider")
    return <ProviderDashboard data={await loadProviderDashboard()} makeIntoEdit={makeSuggestionIntoEditAction} />;
  const { user, counts: c, search } = await loadDashboard();
  return (
    <>
      <h1 className="text-3xl">Dashboard</h1>
      <ul className="mt-4 grid gap-4 sm:grid-cols-3">
        <Count n={c.listings} label="Listings" href="/admin/listings" />
        {isStaff(user) && <Count n={c.waiting} label="Changes waiting for approval" href="/admin/review" />}
        {isStaff(user) && <Count n={c.unpublished} label="New listings not yet public" href="/admin/review" />}
        {isStaff(user) && <Count n={c.overdue} label="Overdue for review" href="/admin/review-dates?show=overdue" />}
        {isStaff(user) && (
          <Count n={c.dueSoon} label="Review due in 30 days" href="/admin/review-dates?show=due-soon" />
        )}
      </ul>
      <h2 className="mt-8 text-2xl">Your drafts and returned changes</h2>
      {c.myDrafts.length === 0 ? (
        <p className="mt-2">You have no unfinished changes.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {c.myDrafts.map((d) => (
            <li key={d.id}>
              <Link href={`/admin/listings/${d.serviceId}/edit`}>{d.service?.name ?? "New listing"}</Link> —{" "}
              {d.state === "rejected" ? (
                <>
                  returned on {formatDate(d.updatedAt)}: {d.reason}
                </>
              ) : (
                <>draft saved {formatDate(d.updatedAt)}</>
              )}
            </li>
          ))}
        </ul>
      )}
      {search && <SearchHealth status={search} />}
    </>
  );
}

/** Officers see at a glance whether search runs on Meilisearch or on the PostgreSQL fallback. */
function SearchHealth({ status }: { status: SearchStatus }) {
  const engine = status.serving === "meilisearch" ? "Meilisearch" : "PostgreSQL (the fallback)";
  return (
    <section aria-labelledby="search-health" className="mt-8">
      <h2 id="search-health" className="text-2xl">
        Search
      </h2>
      <p className="mt-2">
        Searches are answered by <strong>{engine}</strong>.
      </p>
      {status.meilisearch === "down" && (
        <p className="mt-1">
          Meilisearch is not answering. Search still works; changes are queued and reach it when it is back.
        </p>
      )}
      {status.pendingChanges ? (
        <p className="mt-1">{status.pendingChanges} listing changes are waiting to reach the search index.</p>
      ) : null}
    </section>
  );
}
