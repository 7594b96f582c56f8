import type { Metadata } from "next";
import Link from "next/link";
import { ListingEditor } from "@/components/admin/listing-editor";
import { createListingAction } from "@/lib/revisions/actions";
import { loadNewListingChoices } from "@/lib/revisions/loaders";

export const metadata: Metadata = { title: "Add a listing" };

const EMPTY = {
  status: "active",
  contacts: [{ name: "", title: "", email: "", phones: [] }],
  locations: [],
  schedules: [],
  costOptions: [],
  languages: [],
  categories: [],
  needs: [],
  areas: [],
  sendAnswers: {},
};

export default async function NewListingPage() {
  const { vocabulary, organisations } = await loadNewListingChoices();
  const toOptions = (terms: { code: string; name: string }[]) => terms.map((t) => ({ value: t.code, label: t.name }));
  return (
    <>
      <p className="text-base">
        <Link href="/admin/listings">Back to listings</Link>
      </p>
      <h1 className="mt-2 text-3xl">Add a listing</h1>
      <p className="mt-4 max-w-3xl">A new listing is not public until another officer checks and publishes it.</p>
      <ListingEditor
        action={createListingAction}
        organisations={organisations?.map((o) => ({ value: o.id, label: o.name }))}
        submitLabels={{ submit: "Add listing" }}
        initial={EMPTY}
        options={{
          categories: toOptions(vocabulary.categories),
          needs: toOptions(vocabulary.needs),
          areas: toOptions(vocabulary.areas),
        }}
      />
    </>
  );
}
