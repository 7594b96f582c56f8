import type { FullListing } from "@/lib/services/data";
import { formatDays, formatTime } from "@/lib/services/format";

export function OpeningTimes({ schedules }: { schedules: FullListing["schedules"] }) {
  if (!schedules.length) return <p>Contact the service to find out when it runs.</p>;
  return (
    <ul className="space-y-1">
      {schedules.map((s) => (
        <li key={s.id}>
          <span className="font-semibold">{formatDays(s.byday)}</span>
          {s.opensAt && `, ${formatTime(s.opensAt)} to ${formatTime(s.closesAt)}`}
          {s.freq === "MONTHLY" && " (monthly)"}
          {s.termTimeOnly && " (term time only)"}
          {s.description && <span className="block text-base text-muted">{s.description}</span>}
        </li>
      ))}
    </ul>
  );
}

export function Locations({ locations }: { locations: FullListing["serviceAtLocations"] }) {
  if (!locations.length)
    return <p>This service does not have a venue you visit: contact them by phone, email or online.</p>;
  return (
    <ul className="space-y-4">
      {locations.map(({ location }) => (
        <li key={location.id}>
          <p className="font-semibold">{location.name}</p>
          {location.addresses.map((a) => (
            <address key={a.id} className="not-italic">
              {[a.address1, a.address2, a.city, a.postalCode].filter(Boolean).join(", ")}
            </address>
          ))}
          {location.accessibility.length > 0 && (
            <>
              <p className="mt-1 text-base font-semibold">Access at this venue</p>
              <ul className="list-disc ps-6 text-base">
                {location.accessibility.map((a) => (
                  <li key={a.id}>{a.description}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
