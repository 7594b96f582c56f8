import type { Metadata } from "next";
import Link from "next/link";
import { LISTING_STATE_LABELS, listingState } from "@/lib/services/listing-state";
import { needsContactDetails } from "@/lib/services/needs-contact";
import { Pagination } from "@/components/ui/pagination";
import type { ListingsFilter } from "@/lib/revisions/data";
import { loadListings } from "@/lib/revisions/loaders";
import { formatDate } from "@/lib/services/format";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Listings" };

type Props = { searchParams: Promise<{ q?: string; state?: string; page?: string }> };
const PER_PAGE = 50;
const STATES = [
  { value: "all", label: "All current listings" },
  { value: "unpublished", label: "Not yet public" },
  { value: "closed", label: "Temporarily closed" },
  { value: "archived", label: "Archived" },
] as const;

export default async function ListingsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const filter: ListingsFilter = {
    q: sp.q?.trim().slice(0, 100) || undefined,
    state: STATES.find((s) => s.value === sp.state)?.value ?? "all",
  };
  const requested = /^\d{1,4}$/.test(sp.page ?? "") ? Math.max(1, Number(sp.page)) : 1;
  const { total, items } = await loadListings(filter, requested, PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const pageHref = (page: number) => {
    const params = new URLSearchParams({ ...(filter.q ? { q: filter.q } : {}), state: filter.state ?? "all" });
    if (page > 1) params.set("page", String(page));
    return `/admin/listings?${params}`;
  };
  return (
    <>
      <h1 className="text-3xl">Listings</h1>
      <p className="mt-2 flex flex-wrap items-center gap-6">
        <Link className="button" href="/admin/listings/new">
          Add a listing
        </Link>
        {/* A plain file download of every published listing, in Open Referral UK columns. */}
        <a href="/api/oruk/export.csv" download>
          Download all published listings (CSV)
        </a>
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div>
          <label htmlFor="q" className="block font-bold">
            Name or organisation
          </label>
          <input id="q" name="q" defaultValue={filter.q} className="input mt-1 w-72" />
        </div>
        <div>
          <label htmlFor="state" className="block font-bold">
            Show
          </label>
          <select id="state" name="state" defaultValue={filter.state} className="input mt-1 w-auto">
            {STATES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <p className="mt-4" role="status">
        {total} {total === 1 ? "listing" : "listings"}
        {pages > 1 ? `, page ${Math.min(requested, pages)} of ${pages}` : ""}
      </p>
      <Table headings={["Listing", "Organisation", "State", "Review due"]} className="mt-2">
        {items.map((s) => (
          <tr key={s.id} className="border-b border-line">
            <td className="py-2 pr-3">
              <Link href={`/admin/listings/${s.id}`}>{s.name}</Link>
            </td>
            <td className="pr-3">{s.organisation.name}</td>
            <td className="pr-3">
              {LISTING_STATE_LABELS[listingState({ ...s, pendingRevisions: s.revisions.length })]}
              {needsContactDetails(s) ? <strong className="block">Needs contact details</strong> : null}
            </td>
            <td>{s.reviewDueAt ? formatDate(s.reviewDueAt) : "Not set"}</td>
          </tr>
        ))}
      </Table>
      <Pagination page={Math.min(requested, pages)} pages={pages} href={pageHref} />
    </>
  );
}
