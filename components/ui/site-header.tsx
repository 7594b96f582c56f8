import { Link } from "@/components/ui/link";

/** `shortlistCount`: how many listings are on the visitor's list (its cookie), shown in the link to it. */
export function SiteHeader({ shortlistCount = 0 }: { shortlistCount?: number }) {
  return (
    <header className="bg-brand text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-2"
      >
        Skip to main content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline hover:text-white">
          Seabourne Local Offer
          <span className="block text-sm font-normal">Support for children and young people with SEND, 0 to 25</span>
        </Link>
        <nav aria-label="Main" className="print:hidden">
          <ul className="flex flex-wrap gap-4 text-base">
            <li>
              <Link className="text-white hover:text-white" href="/services">
                Find services
              </Link>
            </li>
            <li>
              <Link className="text-white hover:text-white" href="/advice">
                Advice
              </Link>
            </li>
            <li>
              <Link className="text-white hover:text-white" href="/events">
                Events
              </Link>
            </li>
            <li>
              <Link className="text-white hover:text-white" href="/young-people">
                Young people
              </Link>
            </li>
            <li>
              <Link className="text-white hover:text-white" href="/about">
                About
              </Link>
            </li>
            <li>
              <Link className="text-white hover:text-white" href="/shortlist">
                Your list{shortlistCount > 0 && ` (${shortlistCount})`}
              </Link>
            </li>
            <li>
              <Link className="text-white hover:text-white" href="/admin">
                Staff area
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
