// The /advice index: pages grouped by the question a family brings, using the Schedule 2 paragraphs
// each page answers (its lowest one decides). Young people's pages get their own group. Pure.
type IndexPage = { slug: string; title: string; summary: string; audience: string; schedule2: number[] };

const GROUPS = [
  { key: "getting-help", heading: "Getting help at school or college", paragraphs: [1, 2, 3, 4, 5] },
  { key: "health-care", heading: "Health, care and short breaks", paragraphs: [6, 7, 13] },
  { key: "growing-up", heading: "Travel, activities and growing up", paragraphs: [8, 9, 10, 11, 12, 14] },
  { key: "support-rights", heading: "Support, your rights and disagreeing", paragraphs: [15, 16, 17, 18] },
] as const;

export function groupAdvicePages(pages: IndexPage[]) {
  const out = GROUPS.map((g) => ({ key: g.key as string, heading: g.heading as string, pages: [] as IndexPage[] }));
  const other = { key: "more", heading: "More information", pages: [] as IndexPage[] };
  const young = { key: "young-people", heading: "For young people", pages: [] as IndexPage[] };
  for (const page of pages) {
    if (page.audience === "young_people") {
      young.pages.push(page);
      continue;
    }
    const first = Math.min(...page.schedule2);
    const group = GROUPS.findIndex((g) => (g.paragraphs as readonly number[]).includes(first));
    (group >= 0 ? out[group] : other).pages.push(page);
  }
  return [...out, other, young].filter((g) => g.pages.length > 0);
}
