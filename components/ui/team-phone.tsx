import { telHref } from "@/lib/services/format";
import { SITE } from "@/lib/platform/site";

/** The Local Offer team's phone number as a tap-to-call link: the offline route for every family. */
export function TeamPhone() {
  return <a href={telHref(SITE.phone)}>{SITE.phone}</a>;
}
