import type { Metadata } from "next";
import { BrowseSection } from "@/components/services/browse-section";
import { SearchBox } from "@/components/services/search-box";
import { Link } from "@/components/ui/link";
import { pageMetadata } from "@/lib/platform/page-metadata";
import { SITE } from "@/lib/platform/site";
import { loadPublishedServiceCount } from "@/lib/services/loaders";
import { loadVocabulary } from "@/lib/taxonomy/loaders";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  ...pageMetadata("/", {
    title: SITE.name,
    description:
      "Find support for children and young people aged 0 to 25 with special educational needs and disabilities (SEND) in Seabourne.",
  }),
  // The site's name alone, not "Seabourne Local Offer - Seabourne Local Offer".
  title: { absolute: SITE.name },
};

export default async function HomePage() {
  const [{ needs, categories, ageGroups }, total] = await Promise.all([loadVocabulary(), loadPublishedServiceCount()]);
  return (
    <>
      <h1 className="text-3xl sm:text-4xl">Find support for your child or young person</h1>
      <p className="mt-3 max-w-3xl text-xl">
        Education, health, social care and things to do for children and young people aged 0 to 25 with special
        educational needs and disabilities (SEND) in Seabourne. {total} services listed.
      </p>
      <div className="mt-6 rounded bg-panel p-4">
        <SearchBox />
      </div>
      <p className="mt-4 max-w-3xl text-lg">
        Are you a young person aged 14 to 25? <Link href="/young-people">Go to the pages written for you</Link>: jobs,
        college, money, living on your own and your rights from 16.
      </p>
      <BrowseSection id="by-need" title="Find help by need" param="need" terms={needs} />
      <BrowseSection id="by-age" title="Find help by age" param="age" terms={ageGroups} />
      <BrowseSection id="by-category" title="Find help by type of support" param="category" terms={categories} />
    </>
  );
}
