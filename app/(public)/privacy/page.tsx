import type { Metadata } from "next";
import { TeamPhone } from "@/components/ui/team-phone";
import { SITE } from "@/lib/platform/site";
import { RETENTION } from "@/lib/privacy/periods";
import { SHORTLIST_COOKIE } from "@/lib/shortlist/ids";
import { DRAFT_COOKIE } from "@/lib/submissions/cookie";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/privacy", {
  title: "Privacy notice",
  description:
    "What information the Seabourne Local Offer website keeps, why, for how long, and what you can ask us to do.",
});

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
      <p>
        You do not need to tell us who you are. We do not put cookies on your computer or phone when you look for
        support, unless you save a service to your list.
      </p>
      <p id="your-list">
        <strong>Your list.</strong> When you choose &ldquo;Save to your list&rdquo;, a cookie called{" "}
        <code>{SHORTLIST_COOKIE}</code> keeps the services you saved on your phone or computer. It holds only the code
        of each service, nothing about you, cannot be read by other websites or by scripts on the page, and lasts 90
        days (or until you remove everything from your list). It is strictly necessary for your list to work, so we do
        not ask first. We do not keep your list. A share link holds the same codes in the web address, so anyone you
        send it to sees the same services. If you email your list to yourself, we use your email address to send that
        one email and do not keep it. To stop people sending too many, we count how many emails are sent from each
        computer&apos;s address (IP address) and delete that count after a day.
      </p>
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
      <p>
        We also count how many times each page is looked at each day. We keep only the page&apos;s address and the
        number: not who looked, not your computer&apos;s address, not which browser or device you used. Search engines
        and other programs are not counted. These numbers cannot show who you are, so we keep them to compare one year
        with the next.
      </p>

      <h2 className="text-2xl">If you work for us or run a service</h2>
      <p>
        Council staff and the people who run services can sign in to change listings. For each of them we keep an email
        address, a name if they give one, and what they may change.
      </p>
      <ul className="list-disc space-y-1 ps-6">
        <li>
          <strong>Sign-in links</strong> work once, for 15 minutes.{" "}
          {`We delete unused links ${RETENTION.spentTokenDays} day after they stop working.`}
        </li>
        <li>
          <strong>Emails we send</strong> (sign-in links, reminders to check a listing, links to confirm an email
          address, and messages about listings): we keep who we sent each one to, its title and the date. We delete the
          rest of the message after {RETENTION.emailBodyDays} days.
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
        person signs out, or after 8 hours without using the site. We delete the record of a sign-in as soon as it has
        stopped working.
      </p>

      <h2 className="text-2xl">If you tell us something is wrong on a page</h2>
      <p>
        Every service page has a &ldquo;Suggest a change&rdquo; form. We do not ask for your name, email address or
        phone number. We keep what kind of problem you chose, the words you typed, which service it is about and when
        you sent it. We send your words to the people who run that service and show them to council staff. To stop
        people sending too many, we count how many suggestions come from each computer&apos;s address (IP address) and
        delete that count after a day.
      </p>
      <p>
        <strong>How long:</strong> once a suggestion has been dealt with, we delete the words you typed{" "}
        {RETENTION.closedSuggestionDays} days later. We keep a note of what kind of problem it was and what was done,
        because that explains why the listing changed. Please do not put your own details in the message.
      </p>

      <h2 className="text-2xl">If you give us feedback</h2>
      <p>
        You can tell us whether a page was helpful, give feedback on the Local Offer, or tell us about support that is
        missing. You do not need to give your name.
      </p>
      <ul className="list-disc space-y-1 ps-6">
        <li>
          <strong>What we keep</strong>: your answers and the words you typed, which page you came from, and when you
          sent it. For missing support, also the need, age group and area you chose. Council officers read it, and may
          write a reply and what the council did about it.
        </li>
        <li>
          <strong>Your email address</strong>, if you give one, is only for replying to you. We never publish it or use
          it for anything else. We delete it {RETENTION.closedFeedbackEmailDays} days after we close your feedback, and
          never keep it more than {RETENTION.feedbackEmailMonths} months.
        </li>
        <li>
          <strong>Publishing</strong>: only if you tick the box to say we may. Before anything is published we take out
          names, contact details, addresses, dates of birth and school names, and an officer checks it. We keep your
          words so that the council can report each year on what families said and what it did.
        </li>
        <li>
          <strong>&ldquo;Was this page helpful?&rdquo;</strong> uses no cookies. To stop people sending too many, we
          count how many answers come from each computer&apos;s address (IP address) and delete that count after a day.
          We do not keep the address with your feedback.
        </li>
      </ul>

      <h2 className="text-2xl">If you add your service</h2>
      <p>
        Anyone who runs a service can add it with &ldquo;Add your service&rdquo;, without signing in. We save your
        answers as you go, so you can come back to them.
      </p>
      <ul className="list-disc space-y-1 ps-6">
        <li>
          <strong>A cookie</strong> called <code>{DRAFT_COOKIE}</code> lets us find your answers when you come back. It
          is only sent to the &ldquo;Add your service&rdquo; pages, holds a random code (not your details), cannot be
          read by other websites or by scripts on the page, and lasts {RETENTION.draftDays} days. It is strictly
          necessary for the form to work, so we do not ask first. Apart from <a href="#your-list">your list</a>, nothing
          else on the public pages uses cookies.
        </li>
        <li>
          <strong>Your answers</strong> about the service, and at the end your name and email address. We email you a
          link to check the address is yours before council staff see your service.
        </li>
        <li>
          <strong>If you do not finish or do not confirm your email address</strong>, we delete your answers, name and
          email address {RETENTION.draftDays} days after you last changed them. If council staff asked you to change
          something, we keep them until the change is dealt with.
        </li>
        <li>
          <strong>Once you confirm</strong>, your answers become a listing for council staff to check. If they approve
          it, your name and email address become your account so you can keep the listing up to date (see above). We
          keep your answers, name and email address with the listing&apos;s record of changes for as long as the website
          runs, because they show who asked for the listing and what they said.
        </li>
        <li>
          <strong>To stop misuse</strong> we count how many forms are started from each computer&apos;s address (IP
          address) and how many emails go to each email address, and delete those counts after a day.
        </li>
      </ul>

      <h2 className="text-2xl">Why we are allowed to use it</h2>
      <p>
        The Children and Families Act 2014 says every council must publish a Local Offer. UK data protection law (the UK
        GDPR) lets us use information to do a job like this that the law gives us. This is called &ldquo;public
        task&rdquo;.
      </p>
      <p>We do not sell your information or share it with anyone else.</p>

      <h2 className="text-2xl">What you can ask us</h2>
      <p>You can ask us:</p>
      <ul className="list-disc space-y-1 ps-6">
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
