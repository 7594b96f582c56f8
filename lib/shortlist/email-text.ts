// The email a family sends themselves: the list as plain text (no HTML, so nothing in a listing can
// become markup in someone's inbox), with the same facts as the printed handout and the share link.
import { SITE } from "@/lib/platform/site";
import type { FullListing } from "@/lib/services/data";
import { ACCESS_LABELS, COST_LABELS, formatAgeRange, formatDays, formatTime } from "@/lib/services/format";
import { safeHref } from "@/lib/services/safe-href";

/** A listing's text on one line: line breaks and runs of spaces become single spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function entryLines(s: FullListing, pageAddress: string): string[] {
  const lines = [s.name, `Run by ${oneLine(s.organisation.name)}`, oneLine(s.summary), ""];
  lines.push(`How to get it: ${ACCESS_LABELS[s.accessMethod]}.`);
  if (s.referralRoute) lines.push(oneLine(s.referralRoute));
  for (const c of s.contacts) {
    const who = [c.title, c.name].filter(Boolean).join(": ");
    if (who) lines.push(oneLine(who));
    for (const p of c.phones) lines.push(`Phone: ${p.number}${p.description ? ` (${oneLine(p.description)})` : ""}`);
    if (c.email) lines.push(`Email: ${c.email}`);
  }
  if (s.email && !s.contacts.some((c) => c.email === s.email)) lines.push(`Email: ${s.email}`);
  const website = safeHref(s.url);
  if (website) lines.push(`Website: ${website}`);
  for (const t of s.schedules) {
    const time = t.opensAt ? `, ${formatTime(t.opensAt)} to ${formatTime(t.closesAt)}` : "";
    lines.push(`When: ${formatDays(t.byday)}${time}${t.termTimeOnly ? " (term time only)" : ""}`);
  }
  for (const { location } of s.serviceAtLocations) {
    const address = location.addresses.map((a) => [a.address1, a.address2, a.city, a.postalCode].filter(Boolean));
    lines.push(`Where: ${[location.name, ...address.flat()].filter(Boolean).join(", ")}`);
  }
  lines.push(`Ages: ${formatAgeRange(s.minimumAge, s.maximumAge)}`, `Cost: ${COST_LABELS[s.costType]}`);
  lines.push(`More information: ${pageAddress}`);
  return lines;
}

export function shortlistEmail(
  services: FullListing[],
  addresses: { share: string; page: (slug: string) => string },
): { subject: string; text: string } {
  const count = services.length === 1 ? "1 service" : `${services.length} services`;
  const parts = [
    `Here is the list of ${count} you saved on the ${SITE.name}.`,
    `Open the same list on any phone or computer, or send it to someone: ${addresses.share}`,
    ...services.map((s) => entryLines(s, addresses.page(s.slug)).join("\n")),
    `For help finding support, call the Local Offer team on ${SITE.phone} (${SITE.phoneHours}) or email ${SITE.email}.`,
    `You asked for this email on the ${SITE.name} website. We have not kept your email address.`,
  ];
  return { subject: `Your list of ${count} from the ${SITE.name}`, text: parts.join("\n\n") + "\n" };
}
