import Link from "next/link";
import { isAdmin, isStaff, ROLE_LABELS, type SignedInUser } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/auth/actions";

export function AdminNav({ user }: { user: SignedInUser }) {
  const links = [
    { href: "/admin", label: "Dashboard", show: true },
    { href: "/admin/listings", label: "Listings", show: true },
    { href: "/admin/events", label: "Events", show: true },
    { href: "/admin/review", label: "Waiting for approval", show: isStaff(user) },
    { href: "/admin/suggestions", label: "Suggestions from families", show: isStaff(user) },
    { href: "/admin/feedback", label: "Feedback", show: isStaff(user) },
    { href: "/admin/organisations", label: "Organisations", show: isStaff(user) },
    {
      href: `/admin/organisations/${user.organisationId}`,
      label: "Your organisation",
      show: user.role === "provider" && !!user.organisationId,
    },
    { href: "/admin/advice", label: "Advice pages", show: isStaff(user) },
    { href: "/admin/coverage", label: "Schedule 2 coverage", show: isStaff(user) },
    { href: "/admin/review-dates", label: "Review dates", show: isStaff(user) },
    { href: "/admin/audit", label: "Audit log", show: isStaff(user) },
    { href: "/admin/reports", label: "Reports", show: isStaff(user) },
    { href: "/admin/users", label: "Users", show: isAdmin(user) },
    { href: "/admin/taxonomy", label: "Categories and needs", show: isAdmin(user) },
    { href: "/admin/thesaurus", label: "Thesaurus", show: isAdmin(user) },
    { href: "/admin/outbox", label: "Email outbox", show: isAdmin(user) },
  ].filter((l) => l.show);
  return (
    <div className="border-b-4 border-brand pb-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-base">
          Signed in as <strong>{user.email}</strong> ({ROLE_LABELS[user.role]})
        </p>
        <form action={signOutAction}>
          <button type="submit" className="button button-secondary">
            Sign out
          </button>
        </form>
      </div>
      <nav aria-label="Staff area" className="mt-2">
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
