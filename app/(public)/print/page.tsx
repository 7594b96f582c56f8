// /print: choose what a printed booklet covers, then the booklet itself, to print from the browser or
// download as a PDF made on the server (issue 15). For clinics, libraries and family hubs to hand to a
// family without internet.
import type { Metadata } from "next";
import { Booklet } from "@/components/booklet/booklet";
import { BookletForm } from "@/components/booklet/booklet-form";
import { Link } from "@/components/ui/link";
import { bookletQuery } from "@/lib/booklet/choice";
import { loadBookletPage, loadSiteAddress } from "@/lib/booklet/loaders";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { parsed, booklet } = await loadBookletPage(await searchParams);
  if (booklet) return { title: `${booklet.title}: printable booklet`, robots: { index: false } };
  return { title: `${parsed.kind === "invalid" ? "Error: " : ""}Make a printed booklet` };
}

export default async function PrintPage({ searchParams }: Props) {
  const { vocabulary, parsed, booklet } = await loadBookletPage(await searchParams);
  if (booklet) {
    const query = bookletQuery(booklet.choice);
    return (
      <>
        <div className="mb-8 border-s-8 border-brand bg-panel p-4 print:hidden">
          <p>
            This is a booklet to print. Use your browser&apos;s Print button, or download it as a PDF file to print or
            send.
          </p>
          <p className="mt-3 flex flex-wrap gap-4">
            <a className="button" href={`/print/pdf?${query}`} download>
              Download the booklet as a PDF
            </a>
            <Link className="button button-secondary" href={`/print?change=1&${query}`}>
              Change what is in the booklet
            </Link>
          </p>
        </div>
        <Booklet booklet={booklet} siteAddress={loadSiteAddress()} now={new Date()} />
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl sm:text-4xl">Make a printed booklet</h1>
      <div className="prose-plain mt-4 max-w-3xl">
        <p>
          Print the Local Offer for a family without internet, for a clinic, a library or a family hub. The booklet has
          a contents page, every service with its phone number, times and places, advice for parents and carers, and how
          to get help by phone or in person.
        </p>
        <p>Choose what it should cover. Leave everything as it is for the whole Local Offer.</p>
      </div>
      <BookletForm
        vocabulary={vocabulary}
        values={"values" in parsed ? parsed.values : undefined}
        errors={parsed.kind === "invalid" ? parsed.errors : undefined}
      />
    </>
  );
}
