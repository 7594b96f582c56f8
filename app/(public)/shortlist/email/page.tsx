import type { Metadata } from "next";
import { EmailShortlistForm } from "@/components/shortlist/email-shortlist-form";
import { Link } from "@/components/ui/link";
import { emailShortlistAction } from "@/lib/shortlist/actions";
import { loadOwnShortlist } from "@/lib/shortlist/loaders";

export const metadata: Metadata = { title: "Email your list", robots: { index: false } };

export default async function EmailShortlistPage() {
  const { services } = await loadOwnShortlist();
  return (
    <>
      <p>
        <Link href="/shortlist">Back to your list</Link>
      </p>
      <h1 className="mt-2 text-3xl">Email your list to yourself</h1>
      {services.length === 0 ? (
        <p className="mt-3">
          Your list is empty. <Link href="/services">Find services</Link> and save the ones you want first.
        </p>
      ) : (
        <>
          <p className="mt-3 max-w-2xl">
            We will email you the {services.length === 1 ? "service" : `${services.length} services`} on your list, with
            their contacts, times and places, and a link that opens the same list on any phone or computer.
          </p>
          <EmailShortlistForm action={emailShortlistAction} />
        </>
      )}
    </>
  );
}
