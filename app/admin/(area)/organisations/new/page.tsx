import type { Metadata } from "next";
import Link from "next/link";
import { OrganisationForm } from "@/components/admin/organisation-form";
import { createOrganisationAction } from "@/lib/organisations/actions";
import { loadNewOrganisation } from "@/lib/organisations/loaders";

const TITLE = "Add an organisation";
export const metadata: Metadata = { title: TITLE };

export default async function NewOrganisationPage() {
  await loadNewOrganisation();
  return (
    <>
      <p className="text-base">
        <Link href="/admin/organisations">Back to organisations</Link>
      </p>
      <h1 className="mt-2 text-3xl">{TITLE}</h1>
      <p className="mt-2 max-w-2xl">
        An organisation you add is approved at once. Add its listings and invite its people from its page.
      </p>
      <OrganisationForm action={createOrganisationAction} submitLabel="Add organisation" title={TITLE} />
    </>
  );
}
