import type { Metadata } from "next";
import { TeamPhone } from "@/components/ui/team-phone";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/accessibility", {
  title: "Accessibility statement",
  description: "How accessible the Seabourne Local Offer website is, what we test, and how to tell us about a problem.",
});

export default function AccessibilityPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">Accessibility statement</h1>
      <p>
        Seabourne Council runs this website. We want as many people as possible to be able to use it. You should be able
        to:
      </p>
      <ul className="list-disc space-y-1 ps-6">
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use the whole site with a keyboard, and with a screen reader</li>
        <li>use the site with JavaScript turned off</li>
        <li>change colours, contrast and fonts in your browser</li>
      </ul>
      <p>We have also made the text as simple as we can, and explain any specialist words.</p>
      <h2 className="text-2xl">How accessible this website is</h2>
      <p>
        We test every page against the Web Content Accessibility Guidelines (WCAG) 2.2 level AA with automated checks on
        each change, and by hand with a keyboard and screen reader. Service descriptions are written by the people who
        run each service: some may use words we have not yet made plain. Tell us and we will fix them.
      </p>
      <h2 className="text-2xl">Feedback and contact information</h2>
      <p>
        If you need information in a different format, like large print, easy read, audio or Braille, or in another
        language, email <a href="mailto:localoffer@seabourne.gov.uk">localoffer@seabourne.gov.uk</a> or call{" "}
        <TeamPhone />. We will reply within 5 working days.
      </p>
      <h2 className="text-2xl">Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations. If
        you are not happy with how we respond to your complaint, contact the{" "}
        <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
      </p>
      <p className="text-muted">This statement was prepared on 23 November 2026.</p>
    </div>
  );
}
