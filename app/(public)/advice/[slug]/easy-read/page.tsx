import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdviceArticle } from "@/components/advice/advice-article";
import { loadAdvicePage } from "@/lib/advice/loaders";
import { pageMetadata } from "@/lib/platform/page-metadata";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await loadAdvicePage((await params).slug);
  return pageMetadata(`/advice/${page.slug}/easy-read`, {
    title: `${page.title} (easy read)`,
    description: page.summary,
  });
}

export default async function AdviceEasyReadPage({ params }: Props) {
  const { page, easyReadHtml, related } = await loadAdvicePage((await params).slug);
  if (!easyReadHtml) notFound();
  return (
    <AdviceArticle
      title={`${page.title} (easy read)`}
      html={easyReadHtml}
      lastCheckedAt={page.lastCheckedAt}
      related={related}
      other={{ href: `/advice/${page.slug}`, label: "Read the full version" }}
    />
  );
}
