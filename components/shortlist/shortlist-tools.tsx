// What a family can do with a list: print it as a handout, email it to themselves, share a link.
import { Link } from "@/components/ui/link";

export function ShortlistTools({
  count,
  printHref,
  shareAddress,
  emailHref,
}: {
  count: number;
  printHref: string;
  /** Only on the visitor's own list: a shared list's own address is already in the browser. */
  shareAddress?: string;
  emailHref?: string;
}) {
  return (
    <section aria-labelledby="list-tools-heading" className="mt-6 border-l-8 border-brand bg-panel p-4 print:hidden">
      <h2 id="list-tools-heading" className="text-xl">
        {count === 1 ? "1 service" : `${count} services`} on this list
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>
          <Link href={printHref}>Print this list</Link> as a handout with contacts, times and places
        </li>
        {emailHref && (
          <li>
            <Link href={emailHref}>Email this list to yourself</Link>
          </li>
        )}
      </ul>
      {shareAddress && (
        <div className="mt-3">
          <p className="font-semibold">Share this list</p>
          <p>Send this link to someone and they will see the same services:</p>
          <p className="mt-1 break-all">
            <a href={shareAddress} data-testid="share-link">
              {shareAddress}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
