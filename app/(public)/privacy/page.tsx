import type { Metadata } from "next";
import { TeamPhone } from "@/components/ui/team-phone";
import { SITE } from "@/lib/platform/site";
import { RETENTION } from "@/lib/privacy/periods";

export const metadata: Metadata = { title: "Privacy notice" };

// The periods come from the same constants the clear-out job uses (lib/privacy/periods.ts).
export default function PrivacyPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">How we use your information</h1>
      <p>
        {SITE.council} runs the {SITE.name}. This page says what information the website keeps, why we keep it, how long
        we keep it, and what you can ask us to do.
      </p>

      <h2 className="text-2xl">If you are looking for support</h2>
      <p>You do not need to tell us who you are. We do not put cookies on your computer or phone.</p>
      <p>
        When you search, we keep the words you typed and how many services we found. Before we keep them, we take out
        anything that could show who you are, like names, postcodes, email addresses and phone numbers. We do not keep
        your computer&apos;s address (IP address).
      </p>
      <p>
        <strong>Why:</strong> so we can see what families look for, and find gaps where there is no service yet.
      </p>
      <p>
        <strong>How long:</strong> {RETENTION.searchLogMonths} months, then we delete it.
      </p>

      <h2 className="text-2xl">If you work for us or run a service</h2>
      <p>
        Council staff and the people who run services can sign in to change listings. For each of them we keep an email
        address, a name if they give one, and what they may change.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <strong>Sign-in links</strong> work once, for 15 minutes.{" "}
          {`We delete unused links ${RETENTION.spentTokenDays} day after they stop working.`}
        </li>
        <li>
          <strong>Emails we send</strong> (sign-in links and reminders to check a listing): we keep who we sent each one
          to, its title and the date. We delete the rest of the message after {RETENTION.emailBodyDays} days.
        </li>
        <li>
          <strong>Changes to listings</strong>: we keep a record of who changed what, and when. We keep this for as long
          as the website runs, because it shows why a listing says what it says.
        </li>
        <li>
          <strong>Accounts</strong> stay until the person no longer needs to sign in and an administrator removes them.
        </li>
      </ul>
      <p>
        Staff who sign in get cookies that are needed to sign in safely and stay signed in. They stop working when the
        person signs out, or after 8 hours without using the site.
      </p>

      <h2 className="text-2xl">Feedback</h2>
      <p>
        If we add a way to send us comments on this website, we will say here what we keep from them and for how long.
      </p>

      <h2 className="text-2xl">Why we are allowed to use it</h2>
      <p>
        The Children and Families Act 2014 says every council must publish a Local Offer. UK data protection law (the UK
        GDPR) lets us use information to do a job like this that the law gives us. This is called &ldquo;public
        task&rdquo;.
      </p>
      <p>We do not sell your information or share it with anyone else.</p>

      <h2 className="text-2xl">What you can ask us</h2>
      <p>You can ask us:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>what information we have about you, and for a copy of it</li>
        <li>to correct information that is wrong</li>
        <li>to delete information, or to stop using it</li>
      </ul>
      <p>
        Email <a href={`mailto:${SITE.email}`}>{SITE.email}</a> with &ldquo;privacy&rdquo; in the subject, or call the
        Local Offer team on <TeamPhone /> ({SITE.phoneHours}). We will answer within one month.
      </p>
      <p>
        If you are not happy with our answer, you can complain to the Information Commissioner&apos;s Office, who make
        sure organisations follow the law:{" "}
        <a href="https://ico.org.uk/make-a-complaint/">ico.org.uk/make-a-complaint</a>.
      </p>
    </div>
  );
}
