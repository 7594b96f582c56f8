import type { Metadata } from "next";
import { BrowseSection } from "@/components/services/browse-section";
import { SearchBox } from "@/components/services/search-box";
import { AsWrittenNote } from "@/components/ui/as-written-note";
import { Link } from "@/components/ui/link";
import { loadTranslator } from "@/lib/i18n/loaders";
import { localMetadata } from "@/lib/i18n/local-metadata";
import { localHref } from "@/lib/i18n/translate";
import { pageMetadata } from "@/lib/platform/page-metadata";
import { SITE } from "@/lib/platform/site";
import { loadPublishedServiceCount } from "@/lib/services/loaders";
import { loadVocabulary } from "@/lib/taxonomy/loaders";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { lang } = await loadTranslator();
  const meta = pageMetadata("/", {
    title: SITE.name,
    description:
      "Find support for children and young people aged 0 to 25 with special educational needs and disabilities (SEND) in Seabourne.",
  });
  // The site's name alone, not "Seabourne Local Offer - Seabourne Local Offer".
  return { ...localMetadata(meta, "/", lang), title: { absolute: SITE.name } };
}

export default async function HomePage() {
  const [{ needs, categories, ageGroups }, total] = await Promise.all([loadVocabulary(), loadPublishedServiceCount()]);
  const { lang, t } = await loadTranslator();
  return (
    <>
      <h1 className="text-3xl sm:text-4xl">{t("home.title")}</h1>
      <p className="mt-3 max-w-3xl text-xl">
        {t("home.intro")} {t("home.count", { count: total })}
      </p>
      <AsWrittenNote lang={lang} />
      <div className="mt-6 rounded bg-panel p-4">
        <SearchBox lang={lang} />
      </div>
      <p className="mt-4 max-w-3xl text-lg">
        {t("home.youngPeople")} <Link href={localHref("/young-people", lang)}>{t("home.youngPeopleLink")}</Link>:{" "}
        {t("home.youngPeopleTopics")}
      </p>
      <BrowseSection id="by-need" title={t("home.byNeed")} param="need" terms={needs} lang={lang} />
      <BrowseSection id="by-age" title={t("home.byAge")} param="age" terms={ageGroups} lang={lang} />
      <BrowseSection id="by-category" title={t("home.byCategory")} param="category" terms={categories} lang={lang} />
    </>
  );
}
