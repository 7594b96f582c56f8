// Starter advice pages for the fictional borough (issue 13): what a Local Offer must tell families
// under Schedule 2 of the SEND Regulations 2014, in plain words. Seeded once by G1's advice seeding;
// after that, officers edit them in the admin area. The text lives in the files imported below.
import { PARENT_PAGES_ASSESSMENT } from "./parents-assessment";
import { PARENT_PAGES_PLANS } from "./parents-plans";
import { PARENT_PAGES_SUPPORT } from "./parents-support";
import { YOUNG_PEOPLE_PAGES } from "./young-people";

export type AdviceSeed = {
  slug: string;
  title: string;
  summary: string;
  /** Markdown: ## headings, lists, links. No raw HTML (it is not rendered). */
  body: string;
  audience: "parents" | "young_people";
  /** Very short sentences, one idea per line, simple words. */
  easyRead?: string;
  /** Paragraph numbers of Schedule 2 of the SEND Regulations 2014 the page answers. */
  schedule2: number[];
  /** Taxonomy category codes (lib/taxonomy/vocabulary.ts). */
  categories: string[];
};

export const ADVICE_SEED: AdviceSeed[] = [
  ...PARENT_PAGES_ASSESSMENT,
  ...PARENT_PAGES_PLANS,
  ...PARENT_PAGES_SUPPORT,
  ...YOUNG_PEOPLE_PAGES,
];
