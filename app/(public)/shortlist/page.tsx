import type { Metadata } from "next";
import { SaveButton } from "@/components/shortlist/save-button";
import { ShortlistEntry } from "@/components/shortlist/shortlist-entry";
import { ShortlistTools } from "@/components/shortlist/shortlist-tools";
import { Link } from "@/components/ui/link";
import { TeamPhone } from "@/components/ui/team-phone";
import { printPath, sharePath, siteAddress } from "@/lib/shortlist/addresses";
import { joinIds, SHORTLIST_MAX } from "@/lib/shortlist/ids";
import { loadOwnShortlist, loadSharedShortlist } from "@/lib/shortlist/loaders";

export const metadata: Metadata = { title: "Your list", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ShortlistPage({ searchParams }: Props) {
  const params = await searchParams;
  const shared = first(params.ids);
  if (shared !== undefined) return <SharedList raw={shared} />;
  const { services, gone } = await loadOwnShortlist();
  const ids = services.map((s) => s.id);
  return (
    <>
      <h1 className="text-3xl">Your list</h1>
      <p className="mt-3 max-w-2xl">
        Save services here to print them, email them to yourself or share them. Your list is kept on this phone or
        computer only, in a cookie, for 90 days. We do not know who you are. You can save up to {SHORTLIST_MAX}{" "}
        services.
      </p>
      {first(params.full) && (
        <p role="status" className="mt-4 border-l-8 border-warning bg-panel p-4 font-semibold">
          Your list is full. Remove a service before you save another one.
        </p>
      )}
      {gone > 0 && (
        <p className="mt-4 border-l-4 border-line pl-3">
          {gone === 1 ? "1 service you saved is" : `${gone} services you saved are`} no longer listed, so{" "}
          {gone === 1 ? "it is" : "they are"} not shown.
        </p>
      )}
      {services.length === 0 ? (
        <div className="mt-6 space-y-3">
          <p>Your list is empty.</p>
          <p>
            <Link href="/services">Find services</Link> and choose &lsquo;Save to your list&rsquo; on the ones you want
            to keep.
          </p>
        </div>
      ) : (
        <>
          <ShortlistTools
            count={services.length}
            printHref={printPath(ids)}
            shareAddress={siteAddress(sharePath(ids))}
            emailHref="/shortlist/email"
          />
          <ul className="mt-6">
            {services.map((s) => (
              <ShortlistEntry key={s.id} service={s} pageAddress={siteAddress(`/services/${s.slug}`)}>
                <SaveButton serviceId={s.id} serviceName={s.name} saved back="/shortlist" />
              </ShortlistEntry>
            ))}
          </ul>
        </>
      )}
      <p className="mt-6">
        For help finding support, call the Local Offer team on <TeamPhone />.
      </p>
    </>
  );
}

async function SharedList({ raw }: { raw: string }) {
  const { services, leftOut } = await loadSharedShortlist(raw);
  const ids = services.map((s) => s.id);
  return (
    <>
      <h1 className="text-3xl">A list of services shared with you</h1>
      <p className="mt-3 max-w-2xl">
        Someone sent you this link to a list of services from the Seabourne Local Offer. It is not saved on this phone
        or computer unless you save the services yourself.
      </p>
      {leftOut > 0 && (
        <p role="status" className="mt-4 border-l-4 border-line pl-3">
          {leftOut === 1
            ? "1 service on the list you were sent is no longer listed, so it is not shown."
            : `${leftOut} services on the list you were sent are no longer listed, so they are not shown.`}
        </p>
      )}
      {services.length === 0 ? (
        <p className="mt-6">
          None of the services on this list are listed now. <Link href="/services">Find services</Link>.
        </p>
      ) : (
        <>
          <ShortlistTools count={services.length} printHref={printPath(ids)} />
          <form method="post" action="/shortlist/save-shared" className="mt-4">
            <input type="hidden" name="ids" value={joinIds(ids)} />
            <button type="submit" className="button">
              Save these services to your list
            </button>
          </form>
          <ul className="mt-6">
            {services.map((s) => (
              <ShortlistEntry key={s.id} service={s} pageAddress={siteAddress(`/services/${s.slug}`)}>
                <SaveButton serviceId={s.id} serviceName={s.name} saved={false} back={sharePath(ids)} />
              </ShortlistEntry>
            ))}
          </ul>
        </>
      )}
      <p className="mt-6">
        <Link href="/shortlist">Go to your own list</Link>
      </p>
    </>
  );
}
