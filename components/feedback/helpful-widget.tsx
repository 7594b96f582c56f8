"use client";
// "Was this page helpful?" at the foot of every public page (app/(public)/layout.tsx). A plain form
// posting to a route handler, so it works without JavaScript, sets no cookie, and is the same HTML for
// every visitor of a page (the page cache keeps one copy, ADR 0015). usePathname works in the server
// render too, so the page's path is in the HTML. It shows only where the server keeps an answer
// (lib/feedback/page-path.ts), never on the feedback forms themselves.
import { usePathname } from "next/navigation";
import { Honeypot } from "@/components/ui/honeypot";
import { HONEYPOT_FIELD } from "@/lib/platform/honeypot";
import { showsHelpfulWidget } from "@/lib/feedback/page-path";

export function HelpfulWidget() {
  const pathname = usePathname();
  if (!pathname || !showsHelpfulWidget(pathname)) return null;
  return (
    <aside aria-labelledby="helpful-heading" className="mt-12 max-w-2xl border-t-2 border-line pt-4 print:hidden">
      <form method="post" action="/feedback/helpful" className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id="helpful-heading" className="text-xl">
          Was this page helpful?
        </h2>
        <input type="hidden" name="page" value={pathname} />
        <Honeypot name={HONEYPOT_FIELD} />
        <button type="submit" name="answer" value="yes" className="button-secondary">
          Yes<span className="sr-only"> this page was helpful</span>
        </button>
        <button type="submit" name="answer" value="no" className="button-secondary">
          No<span className="sr-only"> this page was not helpful</span>
        </button>
      </form>
      <p className="mt-2 text-base">
        <a href={`/feedback?page=${encodeURIComponent(pathname)}`}>Tell us more about this page or the Local Offer</a>
      </p>
    </aside>
  );
}
