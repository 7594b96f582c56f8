import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireSignedIn } from "@/lib/auth/loaders";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// The layout keeps anonymous visitors out of the whole area, but each page and action checks
// again: a layout alone does not protect server actions or data.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSignedIn();
  return (
    <div>
      <AdminNav user={user} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
