import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { loadOrganisations } from "@/lib/organisations/loaders";
import { ORGANISATION_GROUPS, type OrganisationGroup } from "@/lib/organisations/schema";
import { ORGANISATION_KIND_LABELS } from "@/lib/organisations/labels";
import { formatDate } from "@/lib/services/format";

export const metadata: Metadata = { title: "Organisations" };

type Props = { searchParams: Promise<{ q?: string; show?: string; page?: string }> };
const PER_PAGE = 50;
const GROUP_LABELS: Record<OrganisationGroup, string> = {
  current: "Current organisations",
  waiting: "Waiting for approval",
  archived: "Archived or merged",
};

export default async function OrganisationsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const group = ORGANISATION_GROUPS.find((g) => g === sp.show) ?? "current";
  const q = sp.q?.trim().slice(0, 100) || undefined;
  const requested = /^\d{1,4}$/.test(sp.page ?? "") ? Math.max(1, Number(sp.page)) : 1;
  const { total, waiting, items } = await loadOrganisations({ q, group }, requested, PER_PAGE);
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const pageHref = (page: number) => {
    const params = new URLSearchParams({ ...(q ? { q } : {}), show: group });
    if (page > 1) params.set("page", String(page));
    return `/admin/organisations?${params}`;
  };
  return (
    <>
      <h1 className="text-3xl">Organisations</h1>
      <p className="mt-2">
        <Link className="button" href="/admin/organisations/new">
          Add an organisation
        </Link>
      </p>
      {waiting > 0 && group !== "waiting" && (
        <p className="mt-4 border-l-8 border-warning bg-panel p-4">
          {waiting === 1 ? "1 new organisation is" : `${waiting} new organisations are`} waiting for approval.{" "}
          <Link href="/admin/organisations?show=waiting">See who is waiting</Link>
        </p>
      )}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-4 bg-panel p-4">
        <div>
          <label htmlFor="q" className="block font-bold">
            Name, email, charity or company number
          </label>
          <input id="q" name="q" defaultValue={q} maxLength={100} className="input mt-1 w-72" />
        </div>
        <div>
          <label htmlFor="show" className="block font-bold">
            Show
          </label>
          <select id="show" name="show" defaultValue={group} className="input mt-1 w-auto">
            {ORGANISATION_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <h2 className="mt-6 text-2xl">{GROUP_LABELS[group]}</h2>
      <p className="mt-2" role="status">
        {total} {total === 1 ? "organisation" : "organisations"}
        {pages > 1 ? `, page ${Math.min(requested, pages)} of ${pages}` : ""}
      </p>
      <Table headings={["Organisation", "Type", "Listings", "People", "Notes"]} className="mt-2">
        {items.map((o) => (
          <tr key={o.id} className="border-b border-line align-top">
            <td className="py-2 pr-3">
              <Link href={`/admin/organisations/${o.id}`}>{o.name}</Link>
            </td>
            <td className="pr-3">{ORGANISATION_KIND_LABELS[o.kind]}</td>
            <td className="pr-3">{o._count.services}</td>
            <td className="pr-3">{o._count.users}</td>
            <td className="py-2">
              {o.mergedIntoId
                ? "Merged into another organisation"
                : o.archivedAt
                  ? `Archived ${formatDate(o.archivedAt)}`
                  : !o.approvedAt
                    ? `Waiting for approval since ${formatDate(o.createdAt)}`
                    : ""}
              {o.profileChangeId && (
                <Link href={`/admin/review/${o.profileChangeId}`} className="block">
                  Check the change to {o.name}&apos;s details
                </Link>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <Pagination page={Math.min(requested, pages)} pages={pages} href={pageHref} />
    </>
  );
}
