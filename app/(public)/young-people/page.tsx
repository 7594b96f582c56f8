// The young people's way in (issue 13, item 6): written to them, not their parents. It lists the
// young people's published advice pages and their easy-read versions, read through the advice loader.
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { TeamPhone } from "@/components/ui/team-phone";
import { TopicList, type YoungPeopleTopic } from "@/components/young-people/topic-list";
import { loadAdviceIndex } from "@/lib/advice/loaders";
import { SITE } from "@/lib/platform/site";
import { pageMetadata } from "@/lib/platform/page-metadata";

export const metadata: Metadata = pageMetadata("/young-people", {
  title: "For young people",
  description:
    "For young people aged 14 to 25 with SEND in Seabourne: jobs, college, money, living on your own, relationships, mental health and your rights from 16.",
});

export const dynamic = "force-dynamic";

export default async function YoungPeoplePage() {
  // Published pages only, so an officer's approved edit shows here too.
  const topics: YoungPeopleTopic[] = (await loadAdviceIndex())
    .filter((p) => p.audience === "young_people")
    .map((p) => ({ slug: p.slug, title: p.title, summary: p.summary, hasEasyRead: Boolean(p.easyRead) }));
  return (
    <>
      <h1 className="text-3xl sm:text-4xl">For young people</h1>
      <p className="mt-3 max-w-3xl text-xl">
        This part of the Local Offer is for you if you are 14 to 25 and have special educational needs or a disability
        (SEND). It is written for you, not your parents.
      </p>
      <p className="mt-3 max-w-3xl">
        Most pages have an easy read version. Easy read uses short sentences and simple words.
      </p>

      <section aria-labelledby="from-16" className="mt-6 max-w-3xl rounded bg-panel p-4">
        <h2 id="from-16" className="text-2xl">
          From 16, you can decide
        </h2>
        <p className="mt-2">
          When you finish year 11, the law says you can make decisions about your own support. You can ask for things
          yourself, and your family can still help if you want.
        </p>
        <p className="mt-2">
          <Link href="/advice/your-rights-from-16">Find out about your rights from 16</Link>
        </p>
      </section>

      <section aria-labelledby="topics" className="mt-8">
        <h2 id="topics" className="text-2xl">
          Things you might want to know
        </h2>
        <TopicList topics={topics} />
      </section>

      <section aria-labelledby="services" className="mt-8 max-w-3xl">
        <h2 id="services" className="text-2xl">
          Find services for you
        </h2>
        <ul className="mt-3 list-disc space-y-2 ps-6">
          <li>
            <Link href="/services?age=young-adults">Services for people aged 16 to 25</Link>
          </li>
          <li>
            <Link href="/services?category=adulthood">Help with work, college and living on your own</Link>
          </li>
          <li>
            <Link href="/services?category=leisure">Clubs, sport and things to do</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="help" className="mt-8 max-w-3xl">
        <h2 id="help" className="text-2xl">
          Get help
        </h2>
        <p className="mt-2">
          Seabourne SENDIASS gives free advice to young people up to 25. It is private and on your side. Each page above
          says how to contact them.
        </p>
        <p className="mt-2">
          You can also call the {SITE.council} SEND team on <TeamPhone /> ({SITE.phoneHours}) or email{" "}
          <a href={`mailto:${SITE.email}`}>{SITE.email}</a>.
        </p>
      </section>

      <section aria-labelledby="say" className="mt-8 max-w-3xl">
        <h2 id="say" className="text-2xl">
          Tell us what you think
        </h2>
        <p className="mt-2">
          Is something missing or wrong? <Link href="/feedback">Tell us what you think</Link>. You can see{" "}
          <Link href="/you-said-we-did">what people said and what we did</Link>.
        </p>
      </section>
    </>
  );
}
