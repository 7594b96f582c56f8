import { Link } from "@/components/ui/link";
import { TeamPhone } from "@/components/ui/team-phone";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-brand bg-panel">
      <div className="mx-auto max-w-5xl px-4 py-6 text-base">
        <h2 className="sr-only">Support links</h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/about">About the Local Offer</Link>
          </li>
          <li>
            <Link href="/accessibility">Accessibility statement</Link>
          </li>
          <li>
            <Link href="/privacy">Privacy</Link>
          </li>
          <li>
            <Link href="/services">All services</Link>
          </li>
          <li>
            <Link href="/glossary">Jargon buster</Link>
          </li>
          <li>
            <Link href="/print">Print a booklet</Link>
          </li>
          <li>
            <Link href="/feedback">Give feedback</Link>
          </li>
          <li>
            <Link href="/you-said-we-did">You said, we did</Link>
          </li>
        </ul>
        <p className="mt-4 text-muted">
          No internet at home? Call the Local Offer team on <TeamPhone /> (Monday to Friday, 9am to 5pm) or visit any
          Seabourne library and staff will help you search.
        </p>
      </div>
    </footer>
  );
}
