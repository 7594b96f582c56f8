// One listing on the shortlist and its printed handout: what a parent needs at an appointment
// (who runs it, how to get it, contacts, when and where it runs, cost), with the addresses of
// links written out so they survive on paper.
import { Link } from "@/components/ui/link";
import { Locations, OpeningTimes } from "@/components/services/service-where-when";
import type { FullListing } from "@/lib/services/data";
import { ACCESS_LABELS, COST_LABELS, formatAgeRange, STATUS_LABELS, telHref } from "@/lib/services/format";
import { safeHref } from "@/lib/services/safe-href";

function Contacts({ service }: { service: FullListing }) {
  const website = safeHref(service.url);
  const emails = new Set(service.contacts.map((c) => c.email).filter(Boolean));
  return (
    <ul className="space-y-1">
      {service.contacts.map((c) => (
        <li key={c.id}>
          {(c.title || c.name) && (
            <span className="font-semibold">{[c.title, c.name].filter(Boolean).join(": ")} </span>
          )}
          {c.phones.map((p) => (
            <span key={p.id} className="block">
              Phone: <a href={telHref(p.number)}>{p.number}</a>
              {p.description && ` (${p.description})`}
            </span>
          ))}
          {c.email && (
            <span className="block break-all">
              Email: <a href={`mailto:${c.email}`}>{c.email}</a>
            </span>
          )}
        </li>
      ))}
      {service.email && !emails.has(service.email) && (
        <li className="break-all">
          Email: <a href={`mailto:${service.email}`}>{service.email}</a>
        </li>
      )}
      {website && (
        <li className="break-all">
          Website: <a href={website}>{website.replace(/^https?:\/\//, "")}</a>
        </li>
      )}
    </ul>
  );
}

export function ShortlistEntry({
  service,
  pageAddress,
  children,
}: {
  service: FullListing;
  /** The listing's page written out in full, for paper. */
  pageAddress: string;
  /** The Remove button, on the list page only. */
  children?: React.ReactNode;
}) {
  const headingId = `entry-${service.id}`;
  return (
    <li id={`service-${service.id}`} className="break-inside-avoid border-b border-line py-5">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="text-2xl">
          <Link href={`/services/${service.slug}`}>{service.name}</Link>
        </h2>
        <p className="text-muted">Run by {service.organisation.name}</p>
        {service.status !== "active" && <p className="mt-1 font-bold">{STATUS_LABELS[service.status]}</p>}
        <p className="mt-2">{service.summary}</p>
        <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-bold">How to get it</dt>
          <dd>
            {ACCESS_LABELS[service.accessMethod]}.
            {service.referralRoute && <span className="block">{service.referralRoute}</span>}
          </dd>
          <dt className="font-bold">Contact</dt>
          <dd>
            <Contacts service={service} />
          </dd>
          <dt className="font-bold">When</dt>
          <dd>
            <OpeningTimes schedules={service.schedules} />
          </dd>
          <dt className="font-bold">Where</dt>
          <dd>
            <Locations locations={service.serviceAtLocations} />
          </dd>
          <dt className="font-bold">Ages</dt>
          <dd>{formatAgeRange(service.minimumAge, service.maximumAge)}</dd>
          <dt className="font-bold">Cost</dt>
          <dd>{COST_LABELS[service.costType]}</dd>
          <dt className="font-bold">More information</dt>
          <dd className="break-all">{pageAddress}</dd>
        </dl>
        {children && <div className="mt-3">{children}</div>}
      </article>
    </li>
  );
}
