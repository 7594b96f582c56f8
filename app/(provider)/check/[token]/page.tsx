import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { confirmListingAction } from "@/lib/review-dates/actions";
import { loadReminderCheck } from "@/lib/review-dates/loaders";
import { formatDate } from "@/lib/services/format";
import { SITE } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Is your listing still correct?", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

const PROBLEMS = {
  unknown: "This link is not right. Check you copied the whole link from the email.",
  used: "This link has already been used. Thank you: we have your answer.",
  expired: "This link has expired.",
  gone: "This listing is no longer on the Local Offer.",
} as const;

// Opening the link changes nothing (email scanners open links too): only the button does.
export default async function CheckListingPage({ params }: Props) {
  const { token } = await params;
  const { problem, reminder } = await loadReminderCheck(token);
  if (problem || !reminder) {
    return (
      <>
        <h1 className="text-3xl">{problem === "used" ? "You have already answered" : "This link does not work"}</h1>
        <p className="mt-3 max-w-2xl">{PROBLEMS[problem ?? "unknown"]}</p>
        <p className="mt-3 max-w-2xl">
          To check or change your listing, <a href="/admin/sign-in">sign in</a> or call the Local Offer team on{" "}
          {SITE.phone}.
        </p>
      </>
    );
  }
  const s = reminder.service;
  return (
    <>
      <h1 className="text-3xl">Is this listing still correct?</h1>
      <p className="mt-3 max-w-2xl">
        Families find <strong>{s.name}</strong> on the {SITE.name}. Please check what they see.
      </p>
      <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 bg-panel p-4">
        <dt className="font-bold">Service</dt>
        <dd>
          {s.name}, run by {s.organisation.name}
        </dd>
        <dt className="font-bold">Summary</dt>
        <dd>{s.summary}</dd>
        {s.contacts.map((c, i) => (
          <div key={i} className="contents">
            <dt className="font-bold">Contact</dt>
            <dd>{[c.title, c.name, c.email, ...c.phones.map((p) => p.number)].filter(Boolean).join(", ")}</dd>
          </div>
        ))}
        {s.serviceAtLocations.map(({ location: l }, i) => (
          <div key={i} className="contents">
            <dt className="font-bold">Where</dt>
            <dd>
              {[l.name, l.addresses[0]?.address1, l.addresses[0]?.city, l.addresses[0]?.postalCode]
                .filter(Boolean)
                .join(", ")}
            </dd>
          </div>
        ))}
        <dt className="font-bold">Last checked</dt>
        <dd>{s.lastCheckedAt ? formatDate(s.lastCheckedAt) : "Not yet checked"}</dd>
      </dl>
      <p className="mt-3">
        <a href={`/services/${s.slug}`}>See the whole public page</a> (opens here).
      </p>
      <div className="mt-6 flex flex-wrap gap-8">
        <ActionForm
          action={confirmListingAction}
          hidden={{ token, answer: "confirmed" }}
          submitLabel="Yes, it is all still correct"
        />
        <ActionForm
          action={confirmListingAction}
          hidden={{ token, answer: "changes" }}
          submitLabel="No, something needs changing"
          secondary
        />
      </div>
      <p className="mt-4 max-w-2xl text-base text-muted">
        To change it, you sign in with your email address. Your changes are checked by the council before they go live.
      </p>
    </>
  );
}
