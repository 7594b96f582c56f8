import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SuggestChangeForm } from "@/components/suggestions/suggest-change-form";
import { Link } from "@/components/ui/link";
import { loadPublishedService } from "@/lib/services/loaders";
import { suggestChangeAction } from "@/lib/suggestions/actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = await loadPublishedService((await params).slug);
  return service
    ? { title: `Suggest a change to ${service.name}`, robots: { index: false } }
    : { title: "Page not found" };
}

export default async function SuggestChangePage({ params }: Props) {
  const service = await loadPublishedService((await params).slug);
  if (!service) notFound();
  return (
    <>
      <p className="text-base">
        <Link href={`/services/${service.slug}`}>Back to {service.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Suggest a change to {service.name}</h1>
      <p className="mt-3 max-w-2xl">
        Tell us if something on this page is wrong or out of date. We pass it to {service.organisation.name}, who run
        the service, and to the Local Offer team, who check every page. You do not need an account and we do not ask who
        you are, so we cannot reply.
      </p>
      <SuggestChangeForm action={suggestChangeAction} slug={service.slug} serviceName={service.name} />
    </>
  );
}
