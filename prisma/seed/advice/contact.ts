// The "Who to contact" section every parents' page ends with. Built from SITE and the two seeded
// organisations' own details so a phone number or email changes in one place.
import { SITE } from "@/lib/platform/site";
import { demoOrganisations } from "../demo/organisations";

function organisation(slug: string) {
  const org = demoOrganisations.find((o) => o.slug === slug);
  if (!org) throw new Error(`Advice seed: organisation ${slug} is not in the demo organisations`);
  return org;
}

export const CONTACT_HEADING = "## Who to contact";

export function contactSection(): string {
  const sendiass = organisation("seabourne-sendiass");
  const forum = organisation("seabourne-parent-carer-forum");
  return [
    CONTACT_HEADING,
    "",
    `- **${SITE.council} SEND team**: call ${SITE.phone} (${SITE.phoneHours}) or email [${SITE.email}](mailto:${SITE.email}).`,
    `- **${sendiass.name}** gives free advice that is private and fair. It does not take sides. Email [${sendiass.email}](mailto:${sendiass.email}).`,
    `- **${forum.name}** is a group of parents like you. Email [${forum.email}](mailto:${forum.email}).`,
  ].join("\n");
}

/** The young people's pages end with help for them, not their parents: SENDIASS works with young people directly. */
export function youngPeopleContact(): string {
  const sendiass = organisation("seabourne-sendiass");
  return [
    "## Who can help",
    "",
    `- **${sendiass.name}** gives free advice to young people up to 25, without your parents if you want. It is private and it is on your side. Email [${sendiass.email}](mailto:${sendiass.email}).`,
    `- **The ${SITE.council} SEND team**: call ${SITE.phone} (${SITE.phoneHours}) or email [${SITE.email}](mailto:${SITE.email}).`,
  ].join("\n");
}
