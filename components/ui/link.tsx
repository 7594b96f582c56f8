import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * Next.js's Link, without prefetching. By default every link that scrolls into view is fetched in
 * advance: one results page made about 17 such requests, each rendered by the server and none
 * served from the public page cache (ADR 0015). Public pages load fast enough on click, and a
 * council's server should spend its time on the pages people actually open.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
