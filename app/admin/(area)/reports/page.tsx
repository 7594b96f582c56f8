import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/auth/loaders";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requireStaff("/admin/reports");
  return (
    <>
      <h1 className="text-3xl">Reports</h1>
      <p className="mt-2 max-w-3xl">
        Figures for commissioners and the Local Offer team. Nothing in them can identify a family: searches are kept
        without names or contact details, and pages are counted without cookies.
      </p>
      <ul className="mt-6 grid max-w-3xl gap-6">
        <li>
          <h2 className="text-2xl">
            <Link href="/admin/reports/gaps">Gaps in provision</Link>
          </h2>
          <p className="mt-1">
            Searches that found nothing or almost nothing, and families telling us about support that is missing, by
            need, age group and area, month by month. You can download the figures as a spreadsheet (CSV).
          </p>
        </li>
        <li>
          <h2 className="text-2xl">
            <Link href="/admin/reports/usage">How the Local Offer is used</Link>
          </h2>
          <p className="mt-1">
            Page views, searches, the listings people look at most, and how this compares with last month.
          </p>
        </li>
      </ul>
    </>
  );
}
