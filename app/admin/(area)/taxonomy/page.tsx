import type { Metadata } from "next";
import Link from "next/link";
import { loadTaxonomiesForAdmin } from "@/lib/taxonomy/loaders";
import { EXTENSIBLE_TAXONOMIES } from "@/lib/taxonomy/schema";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Categories, needs, ages and areas" };

type Props = { searchParams: Promise<{ saved?: string; deleted?: string }> };

export default async function TaxonomyPage({ searchParams }: Props) {
  const taxonomies = await loadTaxonomiesForAdmin();
  const { saved, deleted } = await searchParams;
  return (
    <>
      {(saved || deleted) && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          {deleted ? "The term is removed." : "Saved. Listings and search show the change within a minute."}
        </p>
      )}
      <h1 className="text-3xl">Categories, needs, ages and areas</h1>
      <p className="mt-2 max-w-3xl">
        The words families browse and filter by. Renaming a term changes every listing that uses it. Categories can have
        their own review period. <Link href="/admin/thesaurus">Edit the search thesaurus</Link>.
      </p>
      {taxonomies.map((t) => (
        <section key={t.id} aria-labelledby={`tax-${t.code}`} className="mt-8">
          <h2 id={`tax-${t.code}`} className="text-2xl">
            {t.name}
          </h2>
          <Table headings={["Name", "Listings", t.code === "categories" && "Review every", "Action"]} className="mt-2">
            {t.terms.map((term) => (
              <tr key={term.id} className="border-b border-line">
                <td className="py-2 pr-3">{term.name}</td>
                <td className="pr-3">{term._count.services}</td>
                {t.code === "categories" && (
                  <td className="pr-3">{term.reviewMonths ? `${term.reviewMonths} months` : "12 months (default)"}</td>
                )}
                <td>
                  <Link href={`/admin/taxonomy/${term.id}`}>
                    Change<span className="sr-only"> {term.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </Table>
          {(EXTENSIBLE_TAXONOMIES as readonly string[]).includes(t.code) && (
            <p className="mt-2">
              <Link href={`/admin/taxonomy/new?taxonomy=${t.code}`}>Add a term to {t.name.toLowerCase()}</Link>
            </p>
          )}
        </section>
      ))}
    </>
  );
}
