// Fills an empty database with the Seabourne demo directory. Never touches a database that
// already has listings, so running it against real data is harmless.
import "server-only";
import type { PrismaClient } from "@/lib/platform/db";
import { upsertOrganisation } from "@/lib/organisations/mutations";
import { listingInputSchema } from "@/lib/services/schema";
import { writeListing } from "@/lib/services/mutations";
import { ensureVocabulary } from "@/lib/taxonomy/mutations";
import { demoOrganisations, demoServices } from "./demo-data";
import { demoEventColumns, demoEvents } from "./demo/events";
import { seedAdvicePages } from "@/lib/advice/mutations";
import { ADVICE_SEED } from "./advice/pages";
import { seedThesaurus } from "@/lib/thesaurus/mutations";
import { THESAURUS_SEED } from "@/lib/thesaurus/seed";

/**
 * What every database needs before the site works, demo or real (ADR 0022): the needs, categories, age
 * groups and areas (missing ones only) and, into an empty thesaurus only, the starter search thesaurus —
 * so an officer's deleted entry never comes back. Both are edited by admins afterwards. No listings, no
 * advice pages (those name the fictional borough). Run by `npm run db:migrate` and `npm start`.
 */
export async function addStarterContent(prisma: PrismaClient, log: (m: string) => void = console.log): Promise<void> {
  await prisma.$transaction((tx) => ensureVocabulary(tx), { timeout: 30_000 });
  if ((await prisma.thesaurusEntry.count()) > 0) return;
  const added = await seedThesaurus(THESAURUS_SEED, prisma);
  log(`Added ${added} starter thesaurus entries.`);
}

/** The starter advice pages alone, into a database that has none (`npm run db:seed -- --advice`). */
export async function seedStarterAdvice(prisma: PrismaClient, log: (m: string) => void = console.log): Promise<number> {
  const advice = await prisma.$transaction((tx) => seedAdvicePages(tx, ADVICE_SEED), { timeout: 30_000 });
  log(advice > 0 ? `Added ${advice} starter advice pages.` : "The database already has advice pages: none added.");
  return advice;
}

export async function seedDemoData(prisma: PrismaClient, log: (m: string) => void = console.log): Promise<number> {
  await prisma.$transaction((tx) => ensureVocabulary(tx), { timeout: 30_000 });
  // The starter advice pages go into any database that has none yet, listings or not.
  const advice = await prisma.$transaction((tx) => seedAdvicePages(tx, ADVICE_SEED), { timeout: 30_000 });
  if (advice > 0) log(`Added ${advice} starter advice pages.`);
  if ((await prisma.service.count()) > 0) {
    log("The database already has listings: demo data not added.");
    return 0;
  }
  const organisationIds = new Map<string, string>();
  await prisma.$transaction(
    async (tx) => {
      for (const o of demoOrganisations) organisationIds.set(o.slug, (await upsertOrganisation(tx, o)).id);
      for (const { organisation, ...input } of demoServices) {
        const organisationId = organisationIds.get(organisation);
        if (!organisationId) throw new Error(`Demo service ${input.slug} names unknown organisation ${organisation}`);
        await writeListing(tx, listingInputSchema.parse(input), { organisationId, publish: true });
      }
      // Events after the listings, so each can link to its listing.
      const now = new Date();
      for (const e of demoEvents) {
        const organisationId = organisationIds.get(e.organisation);
        if (!organisationId) throw new Error(`Demo event ${e.title} names unknown organisation ${e.organisation}`);
        const service = e.service ? await tx.service.findUnique({ where: { slug: e.service } }) : null;
        if (e.service && !service) throw new Error(`Demo event ${e.title} names unknown listing ${e.service}`);
        await tx.event.create({
          data: { ...demoEventColumns(now, e), organisationId, serviceId: service?.id ?? null },
        });
      }
    },
    { timeout: 120_000 },
  );
  log(
    `Added ${demoServices.length} demo listings from ${demoOrganisations.length} organisations, ` +
      `and ${demoEvents.length} events.`,
  );
  return demoServices.length;
}
