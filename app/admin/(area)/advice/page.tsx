import type { Metadata } from "next";
import Link from "next/link";
import { Table } from "@/components/ui/table";
import { loadAdviceAdminList } from "@/lib/advice/loaders";
import { formatDate } from "@/lib/services/format";

export const metadata: Metadata = { title: "Advice pages" };

export default async function AdvicePagesAdminPage() {
  const { pages } = await loadAdviceAdminList();
  const today = new Date();
  return (
    <>
      <h1 className="text-3xl">Advice pages</h1>
      <p className="mt-2 max-w-2xl">
        Information and advice for families, at <Link href="/advice">/advice</Link>. A change goes live when another
        officer approves it. Check each page at least once a year.{" "}
        <Link href="/admin/coverage">Schedule 2 coverage</Link>
      </p>
      <p className="mt-4">
        <Link className="button" href="/admin/advice/new">
          Add an advice page
        </Link>
      </p>
      {pages.length === 0 ? (
        <p className="mt-4">There are no advice pages yet.</p>
      ) : (
        <Table headings={["Title", "Owner", "Last checked", "Review due", "Waiting change"]}>
          {pages.map((p) => {
            const overdue = !!p.reviewDueAt && p.reviewDueAt < today;
            return (
              <tr key={p.id} className="border-b border-line align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/advice/${p.id}`}>{p.title}</Link>
                  {!p.publishedAt && <span className="block text-muted">Not public yet</span>}
                  {p.archivedAt && <span className="block text-muted">Archived</span>}
                </td>
                <td className="pr-3">{p.owner ? (p.owner.name ?? p.owner.email) : "Nobody"}</td>
                <td className="pr-3">{p.lastCheckedAt ? formatDate(p.lastCheckedAt) : "Never"}</td>
                <td className="pr-3">
                  {p.reviewDueAt ? formatDate(p.reviewDueAt) : "Not set"}
                  {overdue && <strong className="block text-danger">Overdue</strong>}
                </td>
                <td>{p.revisions.length > 0 ? "Yes, waiting for approval" : "No"}</td>
              </tr>
            );
          })}
        </Table>
      )}
    </>
  );
}
