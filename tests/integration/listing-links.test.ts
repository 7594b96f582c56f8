// Only http, https, mailto and tel links get into a listing or out of one: the editor's schema
// refuses a javascript: address, an import drops it (and says so) but keeps the service, and a
// row that already holds one is never given out as a link by the API or the CSV export.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { importFeed } from "@/lib/oruk/import";
import { csvRow } from "@/lib/oruk/csv";
import { findPublishedServicesForCsv } from "@/lib/oruk/data";
import { toFullService } from "@/lib/oruk/to-oruk";
import { fieldErrorsOf } from "@/lib/platform/action-client";
import { editorSaveSchema } from "@/lib/revisions/schema";
import { findPublishedServiceBySlug } from "@/lib/services/data";
import { buildListing, createListing } from "@/tests/factories/listings";

const meta = { serviceId: "0190a000-0000-7000-8000-000000000001", baseUpdatedAt: "2026-01-01T00:00:00.000Z" };

describe("the editor", () => {
  it("refuses a javascript: web address or referral address, with plain words", () => {
    const parsed = editorSaveSchema.safeParse({
      ...buildListing({ url: "javascript:alert(1)", referralUrl: " JavaScript:alert(2)" }),
      ...meta,
    });
    expect(parsed.success).toBe(false);
    const errors = fieldErrorsOf(parsed.error!);
    expect(errors.url).toBe("Enter a web address starting with https://");
    expect(errors.referralUrl).toBe("Enter a web address starting with https://");
  });

  it("takes web, email and phone links", () => {
    for (const url of ["https://example.org/send", "http://example.org", "mailto:a@example.org", "tel:01632960000"])
      expect(editorSaveSchema.safeParse({ ...buildListing({ url }), ...meta }).success, url).toBe(true);
  });

  it("refuses longer lists than any listing needs, saying how many it takes", () => {
    const contacts = Array.from({ length: 21 }, (_, i) => ({
      title: `Desk ${i}`,
      phones: [{ number: "01632 960 000" }],
    }));
    const parsed = editorSaveSchema.safeParse({ ...buildListing({ contacts }), ...meta });
    expect(fieldErrorsOf(parsed.error!).contacts).toBe("Add no more than 20 contacts");
  });
});

describe("importing a record with a javascript: address", () => {
  it("keeps the service and everything else about it, drops the link and notes why", async () => {
    const report = await importFeed(
      [
        {
          id: "js-link",
          name: "Sensory play club",
          description: "<p>Sensory play for children aged 2 to 5.</p>",
          url: "javascript:alert(document.cookie)",
          email: "play@example.org",
          status: "active",
          organization: { id: "org-js", name: "Play Org", description: "", website: "javascript:alert(2)" },
        },
      ],
      { source: "links", publish: true },
    );
    expect(report.imported).toBe(1);
    const service = await db().service.findFirstOrThrow({
      where: { sourceId: "js-link" },
      include: { organisation: true },
    });
    expect(service.name).toBe("Sensory play club");
    expect(service.email).toBe("play@example.org");
    expect([service.minimumAge, service.maximumAge]).toEqual([2, 5]);
    expect(service.url).toBeNull();
    expect(service.organisation.website).toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: service.id } });
    const derived = (audit.data as { derived: string[] }).derived;
    expect(derived).toContain("web address: 'javascript:alert(document.cookie)' is not a valid address, left out");
    expect(derived).toContain("organisation's web address: not a valid address, left out");
  });
});

describe("a javascript: address already in the database", () => {
  it("is left out of the Open Referral API and the CSV export", async () => {
    const { id, slug } = await createListing({ url: "https://example.org/ok" });
    await db().service.update({ where: { id }, data: { url: "javascript:alert(1)" } });
    const listing = await findPublishedServiceBySlug(slug);
    expect(listing?.url).toBe("javascript:alert(1)"); // stored as it was: only what goes out is checked
    expect(toFullService(listing!).url).toBeUndefined();
    const exported = [];
    for await (const batch of findPublishedServicesForCsv()) exported.push(...batch.filter((s) => s.id === id));
    expect(exported).toHaveLength(1);
    expect(csvRow(exported[0])).not.toMatch(/javascript:/i);
  });
});
