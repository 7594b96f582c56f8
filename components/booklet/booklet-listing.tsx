// One service as it reads on paper: who runs it, what it is, and every way to reach it written out in
// full (phone, email, web address, times, places), since a printed page cannot be clicked.
import type { BookletListing } from "@/lib/booklet/data";
import {
  ACCESS_LABELS,
  COST_LABELS,
  formatAgeRange,
  formatDays,
  formatTime,
  STATUS_LABELS,
  telHref,
} from "@/lib/services/format";
import { safeHref } from "@/lib/services/safe-href";

const address = (a: { address1: string; address2: string | null; city: string | null; postalCode: string | null }) =>
  [a.address1, a.address2, a.city, a.postalCode].filter(Boolean).join(", ");

export function BookletListingEntry({ listing, siteAddress }: { listing: BookletListing; siteAddress: string }) {
  const phones = listing.contacts.flatMap((c) => c.phones);
  const emails = [...new Set([...listing.contacts.map((c) => c.email), listing.email].filter(Boolean))] as string[];
  const website = safeHref(listing.url);
  return (
    <article className="booklet-entry mt-6 border-t border-line pt-4" data-listing={listing.slug}>
      <h3 className="text-xl">{listing.name}</h3>
      <p className="text-base text-muted">Run by {listing.organisation.name}</p>
      {listing.status !== "active" && (
        <p className="mt-1 font-bold">
          {STATUS_LABELS[listing.status]}
          {listing.closureMessage && `: ${listing.closureMessage}`}
        </p>
      )}
      <p className="mt-1">{listing.summary}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-base">
        <dt className="font-bold">Phone</dt>
        <dd>
          {phones.length === 0
            ? "No phone number given"
            : phones.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ", "}
                  <a href={telHref(p.number)}>{p.number}</a>
                  {p.description && ` (${p.description})`}
                </span>
              ))}
        </dd>
        {emails.length > 0 && (
          <>
            <dt className="font-bold">Email</dt>
            <dd className="break-all">{emails.join(", ")}</dd>
          </>
        )}
        {website && (
          <>
            <dt className="font-bold">Website</dt>
            <dd className="break-all">{website.replace(/^https?:\/\//, "")}</dd>
          </>
        )}
        {listing.schedules.length > 0 && (
          <>
            <dt className="font-bold">When</dt>
            <dd>
              {listing.schedules
                .map(
                  (s) =>
                    `${formatDays(s.byday) || "Ask"}${s.opensAt ? `, ${formatTime(s.opensAt)} to ${formatTime(s.closesAt)}` : ""}${s.termTimeOnly ? " (term time only)" : ""}${s.description ? ` (${s.description})` : ""}`,
                )
                .join("; ")}
            </dd>
          </>
        )}
        <dt className="font-bold">Where</dt>
        <dd>
          {listing.serviceAtLocations.length === 0
            ? "No venue to visit: contact them by phone, email or online"
            : listing.serviceAtLocations
                .map(({ location }) => [location.name, ...location.addresses.map(address)].join(", "))
                .join("; ")}
        </dd>
        <dt className="font-bold">Ages</dt>
        <dd>{formatAgeRange(listing.minimumAge, listing.maximumAge)}</dd>
        <dt className="font-bold">Cost</dt>
        <dd>{COST_LABELS[listing.costType]}</dd>
        <dt className="font-bold">How to get it</dt>
        <dd>{ACCESS_LABELS[listing.accessMethod]}</dd>
        <dt className="font-bold">More online</dt>
        <dd className="break-all">{`${siteAddress}/services/${listing.slug}`.replace(/^https?:\/\//, "")}</dd>
      </dl>
    </article>
  );
}
