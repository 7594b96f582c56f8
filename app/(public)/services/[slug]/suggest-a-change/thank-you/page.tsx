import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/ui/link";
import { SITE } from "@/lib/platform/site";
import { loadPublishedService } from "@/lib/services/loaders";

export const metadata: Metadata = { title: "Thank you: we have your suggestion", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

export default async function SuggestionThankYouPage({ params }: Props) {
  const service = await loadPublishedService((await params).slug);
  if (!service) notFound();
  return (
    <>
      <div className="border-s-8 border-success bg-panel p-4">
        <h1 className="text-3xl">Thank you: we have your suggestion</h1>
      </div>
      <h2 className="mt-6 text-2xl">What happens next</h2>
      <ul className="mt-2 max-w-2xl list-disc space-y-1 ps-6">
        <li>We have emailed {service.organisation.name}, who run the service, to ask them to check the page.</li>
        <li>The Local Offer team sees your suggestion too, and checks that the page gets put right.</li>
        <li>Any change is checked by the council before it appears on the page.</li>
        <li>We did not ask who you are, so we cannot reply to you.</li>
      </ul>
      <p className="mt-4 max-w-2xl">
        If you need help now, call the Local Offer team on {SITE.phone} ({SITE.phoneHours}) or email{" "}
        <a href={`mailto:${SITE.email}`}>{SITE.email}</a>.
      </p>
      <p className="mt-4">
        <Link href={`/services/${service.slug}`}>Back to {service.name}</Link>
      </p>
    </>
  );
}
