import type { Metadata } from "next";
import Link from "next/link";
import { loadThesaurusForAdmin } from "@/lib/thesaurus/loaders";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Search thesaurus" };

type Props = { searchParams: Promise<{ saved?: string; deleted?: string }> };

export default async function ThesaurusPage({ searchParams }: Props) {
  const entries = await loadThesaurusForAdmin();
  const { saved, deleted } = await searchParams;
  return (
    <>
      {saved && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          {saved === "later"
            ? "Saved. Search will use it once the search service is back."
            : "Saved. Search uses it now."}
        </p>
      )}
      {deleted && (
        <p role="status" className="mb-4 border-l-8 border-success bg-panel p-4">
          The entry is removed.
        </p>
      )}
      <h1 className="text-3xl">Search thesaurus</h1>
      <p className="mt-2 max-w-3xl">
        The words families type, matched to the word services use. The explanations also feed the plain-language
        checker.
      </p>
      <p className="mt-4">
        <Link className="button" href="/admin/thesaurus/new">
          Add an entry
        </Link>
      </p>
      <Table headings={["Term", "Words families use", "Action"]}>
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-line align-top">
            <td className="py-2 pr-3 font-bold">{e.term}</td>
            <td className="pr-3">{e.synonyms.join(", ")}</td>
            <td>
              <Link href={`/admin/thesaurus/${e.id}`}>
                Change<span className="sr-only"> {e.term}</span>
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
