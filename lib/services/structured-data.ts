// schema.org description of a listing, so search engines can show contact details and hours.
import type { FullListing } from "./data";
import { DAY_NAMES } from "./format";
import { safeHref } from "./safe-href";

export function serviceJsonLd(s: FullListing, pageUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Service",
    name: s.name,
    description: s.summary,
    url: pageUrl,
    provider: {
      "@type": "Organization",
      name: s.organisation.name,
      ...(safeHref(s.organisation.website) ? { url: safeHref(s.organisation.website) } : {}),
    },
    audience: { "@type": "PeopleAudience", suggestedMinAge: s.minimumAge, suggestedMaxAge: s.maximumAge },
    areaServed: s.serviceAreas.map((a) => a.name),
    isAccessibleForFree: s.costType === "free",
    availableChannel: s.contacts.flatMap((c) =>
      c.phones.map((p) => ({
        "@type": "ServiceChannel",
        servicePhone: { "@type": "ContactPoint", telephone: p.number, contactType: c.title ?? "enquiries" },
      })),
    ),
    hoursAvailable: s.schedules
      .filter((h) => h.opensAt && h.closesAt)
      .map((h) => ({
        "@type": "OpeningHoursSpecification",
        dayOfWeek: h.byday
          .split(",")
          .map((d) => DAY_NAMES[d as keyof typeof DAY_NAMES])
          .filter(Boolean),
        opens: h.opensAt,
        closes: h.closesAt,
      })),
  };
}

/** JSON for a <script> tag: "<" escaped so listing text can never close the tag. */
export function toScriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
