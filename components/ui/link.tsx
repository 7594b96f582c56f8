import type { AnchorHTMLAttributes } from "react";

/**
 * A plain link: each click loads the page whole. Next.js's Link made every link a client component:
 * about fifty on a results page, each hydrated in the browser (Lighthouse counted the time as blocking
 * the page), and its client-side navigations skipped the public page cache (ADR 0015), so the server
 * rendered again pages it already had. Every page works without JavaScript, so nothing is lost.
 */
export function Link({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={href} {...props} />;
}
