// The shortlist against real PostgreSQL (issue 15, item 1): a list only ever shows published listings,
// in the order saved; and emailing it keeps neither the address nor the text when it cannot be sent.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { sendEmail } from "@/lib/platform/email/send";
import { sharePath } from "@/lib/shortlist/addresses";
import { findPublishedServicesByIds, isPublishedService } from "@/lib/shortlist/data";
import { shortlistEmail } from "@/lib/shortlist/email-text";
import { createListing } from "@/tests/factories/listings";

describe("a shortlist's listings", () => {
  it("are the published ones, in the list's order; drafts and archived listings are left out", async () => {
    const first = await createListing({ name: "Shortlist first" });
    const second = await createListing({ name: "Shortlist second" });
    const draft = await createListing({ name: "Shortlist draft" }, { publish: false });
    const archived = await createListing({ name: "Shortlist archived" });
    await db().service.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const ids = [second.id, draft.id, archived.id, "00000000-0000-4000-8000-000000000000", first.id];
    const found = await findPublishedServicesByIds(ids);
    expect(found.map((s) => s.name)).toEqual(["Shortlist second", "Shortlist first"]);
    expect(await isPublishedService(first.id)).toBe(true);
    expect(await isPublishedService(draft.id)).toBe(false);
    expect(await isPublishedService(archived.id)).toBe(false);
  });
});

describe("emailing a shortlist", () => {
  const smtp = process.env.SMTP_URL;
  afterEach(() => {
    if (smtp === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = smtp;
  });

  it("holds each listing's contacts and the share link, as plain text", async () => {
    const listing = await createListing({ name: "Shortlist <b>swim</b> club" });
    const [service] = await findPublishedServicesByIds([listing.id]);
    const share = `https://localoffer.example${sharePath([listing.id])}`;
    const email = shortlistEmail([service], { share, page: (slug) => `https://localoffer.example/services/${slug}` });
    expect(email.subject).toBe("Your list of 1 service from the Seabourne Local Offer");
    expect(email.text).toContain("Shortlist <b>swim</b> club");
    expect(email.text).toContain(share);
    for (const phone of service.contacts.flatMap((c) => c.phones)) expect(email.text).toContain(phone.number);
    expect(email.text).toContain("We have not kept your email address.");
  });

  it("keeps neither the address nor the text when it cannot be sent", async () => {
    delete process.env.SMTP_URL;
    const to = "parent.private@example.org";
    const result = await sendEmail({ to, subject: "Your list", text: "Secret list", privateLabel: "Shortlist email" });
    expect(result.sent).toBe(false);
    const kept = await db().emailMessage.findMany({ where: { subject: "Your list" } });
    expect(kept).toHaveLength(1);
    expect(kept[0].to).toBe("p…@example.org");
    expect(JSON.stringify(kept)).not.toContain("parent.private");
    expect(kept[0].text).not.toContain("Secret list");
  });
});
