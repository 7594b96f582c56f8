// Loaders for advice pages: public ones read only published pages; staff ones call requireStaff
// with the page's own address (so sign-in comes back to it) and 404 anything not there.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/loaders";
import {
  findAdvicePageForStaff,
  findAdvicePagesForStaff,
  findCoverage,
  findOfficers,
  findPublishedAdvicePage,
  findPublishedAdvicePages,
  findRelatedServices,
  findServiceChoices,
} from "./data";
import { SCHEDULE_2 } from "./schedule-2";
import { renderMarkdown } from "./render-markdown";
import { loadJargonLinker } from "@/lib/glossary/loaders";
import { loadVocabulary } from "@/lib/taxonomy/loaders";

export const loadAdviceIndex = cache(() => findPublishedAdvicePages());

/** A published page, rendered, with its related services; 404 for anything else. */
export const loadAdvicePage = cache(async (slug: string) => {
  const page = await findPublishedAdvicePage(slug);
  if (!page) notFound();
  // Each version is its own page, so each links its jargon's first use (a linker per page).
  return {
    page,
    html: renderMarkdown(page.body, { linkJargon: await loadJargonLinker() }),
    easyReadHtml: page.easyRead ? renderMarkdown(page.easyRead, { linkJargon: await loadJargonLinker() }) : null,
    related: await findRelatedServices(page),
  };
});

export async function loadAdviceAdminList() {
  const user = await requireStaff("/admin/advice");
  return { user, pages: await findAdvicePagesForStaff(user) };
}

/** What the editor needs: the officers (owners), listings and categories to choose from. */
async function editorChoices(user: Awaited<ReturnType<typeof requireStaff>>) {
  const [officers, services, vocabulary] = await Promise.all([
    findOfficers(user),
    findServiceChoices(user),
    loadVocabulary(),
  ]);
  return { officers, services, categories: vocabulary.categories };
}

export async function loadNewAdvicePage() {
  const user = await requireStaff("/admin/advice/new");
  return { user, ...(await editorChoices(user)) };
}

export async function loadAdvicePageForStaff(advicePageId: string, next = `/admin/advice/${advicePageId}`) {
  const user = await requireStaff(next);
  const page = await findAdvicePageForStaff(user, advicePageId);
  if (!page) notFound();
  return { user, page, ...(await editorChoices(user)) };
}

/** Each Schedule 2 paragraph with the published pages and listing categories that answer it. */
export async function loadCoverage() {
  const user = await requireStaff("/admin/coverage");
  const { pages, listingsByCategory, categoryNames } = await findCoverage(user);
  return SCHEDULE_2.map((paragraph) => {
    const answeringPages = pages.filter((p) => p.schedule2.includes(paragraph.number));
    const categories = paragraph.categories
      .map((code) => ({ code, name: categoryNames?.get(code) ?? code, listings: listingsByCategory.get(code) ?? 0 }))
      .filter((c) => c.listings > 0);
    return { ...paragraph, pages: answeringPages, answeringCategories: categories };
  });
}

/** The live page a waiting change would replace (staff only; null when it is not there). */
export async function loadAdvicePageForReview(advicePageId: string | null) {
  const user = await requireStaff("/admin/review");
  return advicePageId ? findAdvicePageForStaff(user, advicePageId) : null;
}
