// The printable booklet (issue 15): cover, contents, a plain introduction, the services grouped by type,
// the key advice pages in short, and how to get help by phone or in person. The same HTML is what the
// browser prints and what the server turns into a PDF (app/(public)/print/pdf/route.ts); the print rules
// in app/globals.css start each part on a new page.
import { BookletListingEntry } from "@/components/booklet/booklet-listing";
import { TeamPhone } from "@/components/ui/team-phone";
import type { BookletData } from "@/lib/booklet/loaders";
import { SITE } from "@/lib/platform/site";
import { formatDate } from "@/lib/services/format";

const plain = (address: string) => address.replace(/^https?:\/\//, "");

export function Booklet({ booklet, siteAddress, now }: { booklet: BookletData; siteAddress: string; now: Date }) {
  const services = booklet.count === 1 ? "1 service" : `${booklet.count} services`;
  return (
    <div className="booklet">
      <section aria-labelledby="booklet-title" className="booklet-part booklet-cover">
        <p className="text-xl font-bold text-brand">{SITE.name}</p>
        <h1 id="booklet-title" className="mt-2 text-4xl">
          {booklet.title}
        </h1>
        <p className="mt-4 text-xl">
          {services} for children and young people aged 0 to 25 with special educational needs and disabilities (SEND),
          and their families.
        </p>
        <p className="mt-6">
          Printed from the {SITE.name} on {formatDate(now)}. Services change: check before you go.
        </p>
        <p className="mt-2">
          Online: <span className="font-semibold">{plain(siteAddress)}</span>
        </p>
        <p className="mt-2">
          By phone: the Local Offer team on <TeamPhone /> ({SITE.phoneHours}).
        </p>
      </section>

      <nav aria-labelledby="contents-title" className="booklet-part mt-10">
        <h2 id="contents-title" className="text-3xl">
          Contents
        </h2>
        <ol className="mt-4 list-decimal space-y-1 pl-6">
          <li>
            <a href="#booklet-introduction">About this booklet</a>
          </li>
          {booklet.sections.map((s) => (
            <li key={s.code}>
              <a href={`#section-${s.code}`}>{s.name}</a> ({s.listings.length})
            </li>
          ))}
          {booklet.advice.length > 0 && (
            <li>
              <a href="#booklet-advice">Advice for parents and carers</a>
            </li>
          )}
          <li>
            <a href="#booklet-help">How to get help by phone or in person</a>
          </li>
        </ol>
      </nav>

      <section aria-labelledby="booklet-introduction" className="booklet-part mt-10">
        <h2 id="booklet-introduction" className="text-3xl">
          About this booklet
        </h2>
        <div className="prose-plain mt-4 max-w-3xl">
          <p>
            This booklet lists support in and around Seabourne from the {SITE.council} Local Offer. The Local Offer is
            the council&apos;s list of help for children and young people with special educational needs and
            disabilities, from birth to 25.
          </p>
          <p>
            Services are grouped by the kind of help they give. Each one says who runs it, how to contact them, when and
            where it runs, the ages it is for, what it costs and how to get it.
          </p>
          <p>
            You can contact most services yourself. Some need a referral from a doctor, school or social worker: the
            service will tell you how. If you are not sure where to start, call the Local Offer team.
          </p>
        </div>
        {booklet.count === 0 && (
          <p className="mt-4 font-bold">
            No services match this choice at the moment. Call the Local Offer team, who can help you find support.
          </p>
        )}
      </section>

      {booklet.sections.map((section) => (
        <section key={section.code} aria-labelledby={`section-${section.code}`} className="booklet-part mt-10">
          <h2 id={`section-${section.code}`} className="text-3xl">
            {section.name}
          </h2>
          {section.listings.map((listing) => (
            <BookletListingEntry key={listing.id} listing={listing} siteAddress={siteAddress} />
          ))}
        </section>
      ))}

      {booklet.advice.length > 0 && (
        <section aria-labelledby="booklet-advice" className="booklet-part mt-10">
          <h2 id="booklet-advice" className="text-3xl">
            Advice for parents and carers
          </h2>
          <p className="mt-2">
            The full advice pages are on the website, or the Local Offer team can read them with you.
          </p>
          {booklet.advice.map((page) => (
            <div key={page.slug} className="booklet-entry mt-4">
              <h3 className="text-xl">{page.title}</h3>
              <p>{page.summary}</p>
              <p className="break-all text-base text-muted">{plain(`${siteAddress}/advice/${page.slug}`)}</p>
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="booklet-help" className="booklet-part mt-10">
        <h2 id="booklet-help" className="text-3xl">
          How to get help by phone or in person
        </h2>
        <div className="prose-plain mt-4 max-w-3xl">
          <p>
            Call the Local Offer team on <TeamPhone /> ({SITE.phoneHours}). They can find services for you, post you
            this booklet and explain what help your child can get.
          </p>
          <p>
            Visit any Seabourne library or family hub: staff will help you search the Local Offer and print pages for
            you.
          </p>
          <p>
            Email the team at {SITE.email}, or ask your child&apos;s school, nursery, college, doctor or health visitor.
          </p>
        </div>
      </section>
    </div>
  );
}
