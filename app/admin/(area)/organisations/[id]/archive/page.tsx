import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { archiveOrganisationAction } from "@/lib/organisations/actions";
import { loadOrganisationToArchive } from "@/lib/organisations/loaders";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await loadOrganisationToArchive((await params).id);
  return { title: `Archive ${organisation.name}` };
}

export default async function ArchiveOrganisationPage({ params }: Props) {
  const { organisation: o } = await loadOrganisationToArchive((await params).id);
  const listings = o.services.filter((s) => !s.archivedAt);
  const people = o.users.filter((u) => !u.disabledAt);
  const listingsWord = listings.length === 1 ? "its listing" : `its ${listings.length} listings`;
  const peopleWord = people.length === 1 ? "the 1 person from it" : `the ${people.length} people from it`;
  return (
    <>
      <p className="text-base">
        <Link href={`/admin/organisations/${o.id}`}>Back to {o.name}</Link>
      </p>
      <h1 className="mt-2 text-3xl">Archive {o.name}</h1>
      {o.archivedAt ? (
        <p className="mt-4">This organisation is already archived.</p>
      ) : (
        <>
          <div className="mt-4 max-w-2xl border-l-8 border-warning bg-panel p-4">
            <p className="font-bold">If you archive this organisation:</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              <li>
                {listings.length === 0
                  ? "it has no listings on the site to take down"
                  : `${listingsWord} will be archived and leave the public site and search`}
              </li>
              <li>it cannot be chosen for a new listing, or by providers in &ldquo;Add your service&rdquo;</li>
              <li>its details cannot be changed</li>
              <li>
                {people.length === 0
                  ? "nobody from it can sign in now"
                  : `${peopleWord} can still sign in, but will have no live listings to change`}
              </li>
            </ul>
            <p className="mt-2">
              Everything is kept for the audit log. To move its listings elsewhere, merge it instead.
            </p>
          </div>
          {listings.length > 0 && (
            <>
              <h2 className="mt-6 text-2xl">Listings that will be archived</h2>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {listings.map((s) => (
                  <li key={s.id}>{s.name}</li>
                ))}
              </ul>
            </>
          )}
          <ActionForm
            action={archiveOrganisationAction}
            hidden={{ organisationId: o.id }}
            submitLabel={`Archive ${o.name}`}
          />
        </>
      )}
    </>
  );
}
