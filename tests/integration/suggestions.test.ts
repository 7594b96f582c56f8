// "Suggest a change" (issue 11, item 5), against real PostgreSQL: a family's suggestion is kept and
// emailed to the provider; the honeypot and the rate limits refuse without keeping anything; an
// officer makes it into a draft revision of the live listing, or dismisses it with a reason.
import { beforeEach, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import { db } from "@/lib/platform/db";
import { listingFromService } from "@/lib/revisions/listing-from-service";
import { FULL_LISTING } from "@/lib/services/data";
import { dismissSuggestion, makeSuggestionIntoEdit } from "@/lib/suggestions/mutations";
import { suggestChangeSchema, type SuggestChangeInput } from "@/lib/suggestions/schema";
import { submitSuggestion } from "@/lib/suggestions/submit";
import { createUser } from "@/tests/factories/admin";
import { createListing, createOrganisation } from "@/tests/factories/listings";

const input = (slug: string, over: Partial<SuggestChangeInput> = {}): SuggestChangeInput =>
  suggestChangeSchema.parse({ slug, kind: "contact", message: "", ...over });

let org: Awaited<ReturnType<typeof createOrganisation>>;
let listing: Awaited<ReturnType<typeof createListing>>;
beforeEach(async () => {
  org = await createOrganisation({ name: "Sunny Days Club" });
  listing = await createListing(
    { name: "Saturday club", contacts: [{ title: "Desk", email: "desk@sunny.example", phones: [] }] },
    { organisationId: org.id },
  );
});

describe("a family's suggestion", () => {
  it("is kept as plain text and emailed to the organisation's provider users, without web addresses", async () => {
    await createUser("provider", "owner@sunny.example", org.id);
    const message = "<b>The number</b> rings out.\n\nTry https://evil.example/win instead";
    const result = await submitSuggestion(input(listing.slug, { message }), "203.0.113.5");
    expect(result.outcome).toBe("sent");
    const [kept] = await db().changeSuggestion.findMany();
    expect(kept).toMatchObject({ serviceId: listing.id, kind: "contact", state: "new" });
    expect(kept.message).toBe("The number rings out.\n\nTry https://evil.example/win instead");
    const emails = await db().emailMessage.findMany();
    expect(emails.map((e) => [e.to, e.subject])).toEqual([
      ["owner@sunny.example", "Suggested change to Saturday club"],
    ]);
    expect(emails[0].text).toContain("The phone number or email does not work");
    expect(emails[0].text).toContain("Try [web address removed] instead");
    expect(emails[0].text).not.toContain("evil.example");
  });

  it("goes to the listing's contact address when the organisation has nobody who can sign in", async () => {
    await submitSuggestion(input(listing.slug, { kind: "closed" }), "203.0.113.5");
    expect((await db().emailMessage.findMany()).map((e) => e.to)).toEqual(["desk@sunny.example"]);
  });

  it("needs words for 'Something else', and no more than 1200 characters", () => {
    const parse = (over: object) => suggestChangeSchema.safeParse({ slug: "x", ...over });
    expect(parse({}).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["kind", "Choose what is wrong with this page"],
    ]);
    expect(parse({ kind: "other", message: "  <p></p> " }).error?.issues[0].message).toBe("Tell us what is wrong");
    expect(parse({ kind: "other", message: "x".repeat(1201) }).error?.issues[0].message).toBe(
      "Use 1200 characters or fewer",
    );
    expect(parse({ kind: "times_costs" }).success).toBe(true);
  });

  it("with the hidden field filled in is refused, and nothing is kept, sent or counted", async () => {
    const result = await submitSuggestion(input(listing.slug, { website: "http://spam.example" }), "203.0.113.5");
    expect(result.outcome).toBe("honeypot");
    expect(await db().changeSuggestion.count()).toBe(0);
    expect(await db().emailMessage.count()).toBe(0);
    expect(await db().rateLimitBucket.count()).toBe(0);
  });

  it("is refused over 5 an hour from one client, and over 20 a day for one listing", async () => {
    const now = new Date("2028-03-01T10:05:00Z");
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await submitSuggestion(input(listing.slug), "203.0.113.5", now));
    expect(outcomes.map((o) => o.outcome)).toEqual(["sent", "sent", "sent", "sent", "sent", "limited"]);
    expect(outcomes[5]).toMatchObject({ retryAfterSeconds: 55 * 60 });
    for (let i = 0; i < 15; i++) await submitSuggestion(input(listing.slug), `198.51.100.${i}`, now);
    const refused = await submitSuggestion(input(listing.slug), "198.51.100.99", now);
    expect(refused.outcome).toBe("limited");
    expect(await db().changeSuggestion.count()).toBe(20);
  });

  it("about a listing that is not public is not found", async () => {
    const hidden = await createListing({}, { organisationId: org.id, publish: false });
    await expect(submitSuggestion(input(hidden.slug), "203.0.113.5")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("handling a suggestion", () => {
  const suggest = () =>
    db().changeSuggestion.create({ data: { serviceId: listing.id, kind: "times_costs", message: "Closes at 4 now" } });

  it("'Make this an edit' makes a draft of the live listing and links the suggestion to it", async () => {
    const editor = await createUser("editor", "officer@seabourne.gov.uk");
    const suggestion = await suggest();
    const live = await db().service.findUniqueOrThrow({ where: { id: listing.id }, include: FULL_LISTING });
    const { revisionId } = await makeSuggestionIntoEdit(editor, suggestion.id);
    const revision = await db().serviceRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(revision).toMatchObject({ serviceId: listing.id, state: "draft", authorId: editor.id });
    expect(revision.baseUpdatedAt).toEqual(live.updatedAt);
    expect(JSON.parse(JSON.stringify(revision.data))).toEqual(JSON.parse(JSON.stringify(listingFromService(live))));
    expect(await db().changeSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({
      state: "made_into_edit",
      revisionId,
      handledById: editor.id,
    });
    expect(await db().auditEvent.count({ where: { type: "suggestion.made_into_edit", entityId: listing.id } })).toBe(1);
    // The live listing is untouched until the edit is approved; a second click is told it was dealt with.
    expect((await db().service.findUniqueOrThrow({ where: { id: listing.id } })).updatedAt).toEqual(live.updatedAt);
    await expect(makeSuggestionIntoEdit(editor, suggestion.id)).rejects.toMatchObject({ code: "wrong_state" });
  });

  it("keeps the person's own open change rather than overwriting it with the live version", async () => {
    const provider = await createUser("provider", "owner@sunny.example", org.id);
    const live = await db().service.findUniqueOrThrow({ where: { id: listing.id }, include: FULL_LISTING });
    const draft = await db().serviceRevision.create({
      data: {
        serviceId: listing.id,
        organisationId: org.id,
        data: { ...listingFromService(live), name: "My unfinished name" },
        authorId: provider.id,
      },
    });
    const { revisionId } = await makeSuggestionIntoEdit(provider, (await suggest()).id);
    expect(revisionId).toBe(draft.id);
    const kept = await db().serviceRevision.findUniqueOrThrow({ where: { id: draft.id } });
    expect((kept.data as { name: string }).name).toBe("My unfinished name");
  });

  it("another organisation's provider cannot see or handle it; only officers dismiss, with a reason", async () => {
    const other = await createUser("provider", "other@elsewhere.example", (await createOrganisation()).id);
    const provider = await createUser("provider", "owner@sunny.example", org.id);
    const editor = await createUser("editor", "officer@seabourne.gov.uk");
    const suggestion = await suggest();
    await expect(makeSuggestionIntoEdit(other, suggestion.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(dismissSuggestion(provider, suggestion.id, "No")).rejects.toMatchObject({ code: "not_found" });
    await dismissSuggestion(editor, suggestion.id, "Checked: the times are right.");
    expect(await db().changeSuggestion.findUniqueOrThrow({ where: { id: suggestion.id } })).toMatchObject({
      state: "dismissed",
      reason: "Checked: the times are right.",
    });
    await expect(dismissSuggestion(editor, suggestion.id, "Again")).rejects.toMatchObject({ code: "wrong_state" });
  });

  it("the action opens the editor on the new draft", async () => {
    const { makeSuggestionIntoEditAction } = await import("@/lib/suggestions/actions");
    const editor = await createUser("editor", "officer@seabourne.gov.uk");
    const fd = new FormData();
    fd.set("suggestionId", (await suggest()).id);
    const digest = await runAs(editor, () => makeSuggestionIntoEditAction(null, fd)).catch(
      (e: { digest?: string }) => e.digest,
    );
    expect(digest).toMatch(new RegExp(`^NEXT_REDIRECT;[^;]+;/admin/listings/${listing.id}/edit\\?from=suggestion;`));
  });
});
