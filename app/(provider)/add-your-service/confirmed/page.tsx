import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { SITE } from "@/lib/platform/site";

export const metadata: Metadata = { title: "Your service has been sent", robots: { index: false } };

export default function ConfirmedPage() {
  return (
    <>
      <div className="max-w-2xl bg-success p-6 text-white">
        <h1 className="text-3xl">Your service has been sent</h1>
        <p className="mt-2">We have emailed you to say we have it.</p>
      </div>
      <h2 className="mt-8 text-2xl">What happens next</h2>
      <div className="mt-2 max-w-2xl space-y-3">
        <p>
          A council officer will check your service, usually within 10 working days. If your organisation is new to the
          Local Offer, they check that too.
        </p>
        <p>
          They may email you to ask for changes. When your service is live, we email you a link to it. Then you can sign
          in with your email address to keep it up to date.
        </p>
        <p>
          Questions? Email {SITE.email} or call {SITE.phone}.
        </p>
        <p>
          <Link href="/add-your-service">Add another service</Link>
        </p>
      </div>
    </>
  );
}
