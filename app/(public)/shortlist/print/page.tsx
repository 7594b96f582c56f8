import type { Metadata } from "next";
import { ShortlistEntry } from "@/components/shortlist/shortlist-entry";
import { Link } from "@/components/ui/link";
import { SITE } from "@/lib/platform/site";
import { formatDate } from "@/lib/services/format";
import { sharePath, siteAddress } from "@/lib/shortlist/addresses";
import { loadOwnShortlist, loadSharedShortlist } from "@/lib/shortlist/loaders";

export const metadata: Metadata = { title: "Print your list", robots: { index: false } };

type Props = { searchParams: Promise<{ ids?: string | string[] }> };

/** The list as a handout to take to an appointment: the visitor's own list, or the one in `ids`. */
export default async function PrintShortlistPage({ searchParams }: Props) {
  const raw = (await searchParams).ids;
  const ids = Array.isArray(raw) ? raw[0] : raw;
  const { services } = ids === undefined ? await loadOwnShortlist() : await loadSharedShortlist(ids);
  const back = ids === undefined ? "/shortlist" : sharePath(services.map((s) => s.id));
  return (
    <>
      <p className="print:hidden">
        <Link href={back}>Back to the list</Link>
      </p>
      <h1 className="mt-2 text-3xl">Services from the {SITE.name}</h1>
      <p className="mt-2">
        {services.length === 1 ? "1 service" : `${services.length} services`}, printed on {formatDate(new Date())}.
      </p>
      <p className="mt-2 border-s-4 border-line ps-3 print:hidden">
        To print this page, use your browser&rsquo;s Print command: press Ctrl and P (on a Mac, Command and P), or on a
        phone choose Share, then Print.
      </p>
      {services.length === 0 ? (
        <p className="mt-6">
          There is nothing on this list. <Link href="/services">Find services</Link>.
        </p>
      ) : (
        <ul className="mt-4">
          {services.map((s) => (
            <ShortlistEntry key={s.id} service={s} pageAddress={siteAddress(`/services/${s.slug}`)} />
          ))}
        </ul>
      )}
      <section aria-labelledby="help-heading" className="mt-6 break-inside-avoid">
        <h2 id="help-heading" className="text-xl">
          Help from the Local Offer team
        </h2>
        <p className="mt-1">
          Call {SITE.phone} ({SITE.phoneHours}) or email {SITE.email}. All services in the {SITE.name}:{" "}
          {siteAddress("/services")}
        </p>
      </section>
    </>
  );
}
