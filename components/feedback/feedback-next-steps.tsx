// "What happens next" on both feedback thank-you pages.
import { SITE } from "@/lib/platform/site";

export function FeedbackNextSteps() {
  return (
    <>
      <h2 className="mt-6 text-2xl">What happens next</h2>
      <ul className="mt-2 max-w-2xl list-disc space-y-1 pl-6">
        <li>A council officer reads every comment.</li>
        <li>If you gave us your email address, we may reply to you. We use it for nothing else.</li>
        <li>
          If you said we may publish what you wrote, it may appear on the &ldquo;You said, we did&rdquo; page with what
          the council did about it. We never publish names or contact details.
        </li>
      </ul>
      <p className="mt-4 max-w-2xl">
        If you need help now, call the Local Offer team on {SITE.phone} ({SITE.phoneHours}) or email{" "}
        <a href={`mailto:${SITE.email}`}>{SITE.email}</a>.
      </p>
    </>
  );
}
