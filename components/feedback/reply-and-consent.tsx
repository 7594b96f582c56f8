// The two questions the /feedback and missing-support forms share: an email for a reply (optional)
// and consent to publish anonymously (off unless ticked), with what "anonymously" means.
import { TextField } from "@/components/ui/field";
import { EMAIL_MAX } from "@/lib/feedback/labels";

export function ReplyAndConsent({ email, consent, error }: { email: string; consent: boolean; error?: string }) {
  return (
    <>
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label="Your email address (optional)"
        hint={
          "Only if you would like a reply. We use it only to reply to you and never publish it. " +
          `Up to ${EMAIL_MAX} characters.`
        }
        defaultValue={email}
        error={error}
      />
      <fieldset className="mt-6" aria-describedby="f-consent-hint">
        <legend className="font-bold">Can we publish what you wrote?</legend>
        <p id="f-consent-hint" className="text-base text-muted">
          Once a year the council publishes what families told us and what we did about it, on the &ldquo;You said, we
          did&rdquo; page. Anonymously means without your name, email address or anything else that could show who you
          or your child are: we take out names, contact details, addresses, dates of birth and school names first, and a
          council officer checks it before anything is published.
        </p>
        <label className="mt-2 flex items-center gap-2">
          <input
            id="f-consent"
            type="checkbox"
            name="consent"
            value="yes"
            defaultChecked={consent}
            className="h-5 w-5"
          />
          Yes, you may publish what I wrote anonymously
        </label>
      </fieldset>
    </>
  );
}
