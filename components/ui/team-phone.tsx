import { telHref } from "@/lib/services/format";
import { SITE } from "@/lib/platform/site";

/** The Local Offer team's phone number as a tap-to-call link: the offline route for every family. */
export function TeamPhone() {
  // dir="ltr": in an Arabic sentence the number's groups must not be reordered ("000 960 01632").
  return (
    <a href={telHref(SITE.phone)} dir="ltr">
      {SITE.phone}
    </a>
  );
}
