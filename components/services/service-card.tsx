import { SaveButton } from "@/components/shortlist/save-button";
import { Link } from "@/components/ui/link";
import type { ServiceCardView } from "@/lib/search/document";
import { ACCESS_LABELS, COST_LABELS, formatAgeRange, STATUS_LABELS } from "@/lib/services/format";

/** `saved`: on the visitor's list; `back`: the results page to return to after Save or Remove. */
export function ServiceCard({ service, saved, back }: { service: ServiceCardView; saved: boolean; back: string }) {
  return (
    <li id={`service-${service.id}`} className="border-b border-line py-4">
      <h3 className="text-xl">
        <Link href={`/services/${service.slug}`}>{service.name}</Link>
      </h3>
      <p className="text-base text-muted">{service.organisation}</p>
      {service.status !== "active" && (
        <p className="mt-1 inline-block bg-warning px-2 text-base font-semibold text-white">
          {STATUS_LABELS[service.status]}
        </p>
      )}
      <p className="mt-2">{service.summary}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-base">
        <dt className="font-semibold">Age</dt>
        <dd>{formatAgeRange(service.minAge, service.maxAge)}</dd>
        <dt className="font-semibold">Cost</dt>
        <dd>{COST_LABELS[service.costType]}</dd>
        <dt className="font-semibold">How to get it</dt>
        <dd>{ACCESS_LABELS[service.accessMethod]}</dd>
        {service.needNames.length > 0 && (
          <>
            <dt className="font-semibold">Helps with</dt>
            <dd>{service.needNames.join(", ")}</dd>
          </>
        )}
      </dl>
      <div className="mt-3">
        <SaveButton
          serviceId={service.id}
          serviceName={service.name}
          saved={saved}
          back={`${back}#service-${service.id}`}
        />
      </div>
    </li>
  );
}
