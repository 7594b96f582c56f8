import type { Metadata } from "next";
import { AdviceArticle } from "@/components/advice/advice-article";
import { loadAdvicePage } from "@/lib/advice/loaders";
import { pageMetadata } from "@/lib/platform/page-metadata";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await loadAdvicePage((await params).slug);
  return pageMetadata(`/advice/${page.slug}`, { title: page.title, description: page.summary });
}

export default async function AdvicePage({ params }: Props) {
  const { page, html, easyReadHtml, related } = await loadAdvicePage((await params).slug);
  return (
    <AdviceArticle
      title={page.title}
      html={html}
      lastCheckedAt={page.lastCheckedAt}
      related={related}
      other={easyReadHtml ? { href: `/advice/${page.slug}/easy-read`, label: "Read the easy-read version" } : undefined}
    />
  );
}
