// Families' feedback, the public side (issue 12, item 1 and "Bad input"), against real PostgreSQL:
// each kind is kept with the page it came from; limits, the honeypot and the rate limits refuse without
// keeping anything; HTML stays text; an address that is not a real public page is not kept.
import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/platform/app-error";
import { db } from "@/lib/platform/db";
import {
  feedbackCommentSchema,
  followUpSchema,
  helpfulSchema,
  missingSupportSchema,
  type FeedbackCommentInput,
  type MissingSupportInput,
} from "@/lib/feedback/schema";
import { signFeedbackRef, verifyFeedbackRef } from "@/lib/feedback/submit/signed-ref";
import {
  submitFeedbackComment,
  submitFollowUp,
  submitHelpful,
  submitMissingSupport,
} from "@/lib/feedback/submit/submit";
import { createListing } from "@/tests/factories/listings";

const CLIENT = "203.0.113.7";
const comment = (over: Record<string, unknown> = {}): FeedbackCommentInput =>
  feedbackCommentSchema.parse({ theme: "information", comment: "The opening times were easy to find", ...over });
const missing = (over: Record<string, unknown> = {}): MissingSupportInput =>
  missingSupportSchema.parse({ lookedFor: "A Saturday swimming club for autistic teenagers", ...over });
const errorsOf = (
  schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  v: unknown,
) => Object.fromEntries((schema.safeParse(v).error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

let listing: Awaited<ReturnType<typeof createListing>>;
beforeEach(async () => {
  listing = await createListing({ name: "Feedback swim club" });
});

describe("the /feedback form", () => {
  it("keeps the theme, the words as typed (HTML as text), the email, consent and the page it came from", async () => {
    const words = '<script>alert("x")</script><b>Great</b> page & "helpful"\r\n\r\n\r\nThanks';
    const result = await submitFeedbackComment(
      comment({ comment: words, email: " parent@example.org ", consent: "yes", page: `/services/${listing.slug}?q=x` }),
      CLIENT,
    );
    expect(result.outcome).toBe("sent");
    const [row] = await db().feedback.findMany();
    expect(row).toMatchObject({
      kind: "comment",
      theme: "information",
      comment: '<script>alert("x")</script><b>Great</b> page & "helpful"\n\nThanks',
      email: "parent@example.org",
      consentToPublish: true,
      pagePath: `/services/${listing.slug}`,
      serviceId: listing.id,
      status: "new",
      publication: "undecided",
      helpful: null,
    });
  });

  it("drops a page that is not a real public page, but keeps the comment", async () => {
    for (const page of ["/admin/users", "https://evil.example/", "/services/no-such-listing", "//evil.example/x"])
      await submitFeedbackComment(comment({ page }), CLIENT);
    const rows = await db().feedback.findMany();
    expect(rows.map((r) => [r.pagePath, r.serviceId])).toEqual(Array(4).fill([null, null]));
    expect(rows.every((r) => r.consentToPublish === false && r.email === null)).toBe(true);
  });

  it("needs a theme and words, no more than 2000 characters, and a real email address if any", () => {
    expect(errorsOf(feedbackCommentSchema, {})).toEqual({
      theme: "Choose what your feedback is about",
      comment: "Enter your feedback",
    });
    expect(errorsOf(feedbackCommentSchema, { theme: "information", comment: " \r\n\t \u0000 " })).toEqual({
      comment: "Enter your feedback",
    });
    expect(errorsOf(feedbackCommentSchema, { theme: "x", comment: "a".repeat(2001), email: "not-an-email" })).toEqual({
      theme: "Choose what your feedback is about",
      comment: "Use 2000 characters or fewer",
      email: "Enter an email address in the correct format, like name@example.com",
    });
    expect(errorsOf(feedbackCommentSchema, { theme: "information", comment: "a".repeat(9000) }).comment).toBe(
      "Use 2000 characters or fewer",
    );
    expect(feedbackCommentSchema.parse({ theme: "involvement", comment: "a".repeat(2000) }).consent).toBe(false);
  });

  it("with the hidden field filled in is refused, and nothing is kept or counted", async () => {
    expect((await submitFeedbackComment(comment({ website: "http://spam.example" }), CLIENT)).outcome).toBe("honeypot");
    expect(await db().feedback.count()).toBe(0);
    expect(await db().rateLimitBucket.count()).toBe(0);
  });

  it("is refused over 10 written pieces an hour from one client (the forms together); others go on", async () => {
    const now = new Date("2028-03-01T10:15:00Z");
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push((await submitFeedbackComment(comment(), CLIENT, now)).outcome);
    for (let i = 0; i < 5; i++) outcomes.push((await submitMissingSupport(missing(), CLIENT, now)).outcome);
    expect(outcomes).toEqual([...Array(10).fill("sent"), "limited"]);
    expect(await submitFeedbackComment(comment(), CLIENT, now)).toEqual({
      outcome: "limited",
      retryAfterSeconds: 45 * 60,
    });
    expect((await submitFeedbackComment(comment(), "198.51.100.1", now)).outcome).toBe("sent");
    expect((await submitFeedbackComment(comment(), CLIENT, new Date("2028-03-01T11:00:00Z"))).outcome).toBe("sent");
    expect(await db().feedback.count()).toBe(12);
  });
});

describe("Was this page helpful?", () => {
  const click = (page: string, answer = "no", over: Record<string, unknown> = {}) =>
    helpfulSchema.parse({ page, answer, ...over });

  it("keeps yes or no with the page's path only, and a service page's listing", async () => {
    await submitHelpful(click("/services?q=autism&need=adhd", "yes"), CLIENT);
    await submitHelpful(click(`/services/${listing.slug}#contact`), CLIENT);
    const rows = await db().feedback.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.kind, r.helpful, r.pagePath, r.serviceId, r.comment, r.theme])).toEqual([
      ["helpful", true, "/services", null, "", null],
      ["helpful", false, `/services/${listing.slug}`, listing.id, "", null],
    ]);
  });

  it("refuses an address that is not a real public page, keeping and counting nothing", async () => {
    for (const page of ["/admin", "/feedback", "https://evil.example/", "/services/unpublished-or-made-up", "x"])
      await expect(submitHelpful(click(page), CLIENT), page).rejects.toBeInstanceOf(AppError);
    expect(helpfulSchema.safeParse({ page: "/", answer: "maybe" }).success).toBe(false);
    expect(await db().feedback.count()).toBe(0);
    expect(await db().rateLimitBucket.count()).toBe(0);
  });

  it("with the hidden field filled in is refused; over 60 clicks an hour from one client are refused", async () => {
    expect((await submitHelpful(click("/", "yes", { website: "x" }), CLIENT)).outcome).toBe("honeypot");
    const now = new Date("2028-03-01T10:30:00Z");
    const outcomes = [];
    for (let i = 0; i < 61; i++) outcomes.push((await submitHelpful(click("/about"), CLIENT, now)).outcome);
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(60);
    expect(outcomes[60]).toBe("limited");
    expect(await db().feedback.count()).toBe(60);
  });

  it("takes the follow-up words onto the click's own row, once, only with the server's signed id", async () => {
    const first = await submitHelpful(click("/privacy"), CLIENT);
    const other = await submitHelpful(click("/about", "yes"), CLIENT);
    if (first.outcome !== "sent" || other.outcome !== "sent") throw new Error("not sent");
    const words = (ref: string, text = "How long you keep <b>emails</b>") => followUpSchema.parse({ ref, words: text });

    expect((await submitFollowUp(words(first.ref), CLIENT)).outcome).toBe("sent");
    expect((await db().feedback.findUniqueOrThrow({ where: { id: first.feedbackId } })).comment).toBe(
      "How long you keep <b>emails</b>",
    );
    // Again on the same row: refused, the first words stay.
    await expect(submitFollowUp(words(first.ref, "Changed"), CLIENT)).rejects.toThrow("We already have your answer");
    // Another row's id with this row's signature, a made-up signature, or a day-old link: refused.
    const [, issued, mac] = first.ref.split(".");
    for (const forged of [`${other.feedbackId}.${issued}.${mac}`, `${other.feedbackId}.${issued}.${"A".repeat(43)}`])
      await expect(submitFollowUp(words(forged), CLIENT)).rejects.toThrow("This form has expired");
    const stale = signFeedbackRef(other.feedbackId, new Date(Date.now() - 25 * 3600_000));
    expect(verifyFeedbackRef(stale)).toBeNull();
    await expect(submitFollowUp(words(stale), CLIENT)).rejects.toThrow("This form has expired");
    expect((await db().feedback.findUniqueOrThrow({ where: { id: other.feedbackId } })).comment).toBe("");
    expect(errorsOf(followUpSchema, { ref: first.ref, words: "x".repeat(501) })).toEqual({
      words: "Use 500 characters or fewer",
    });
  });
});

describe("Tell us about support that is missing", () => {
  it("keeps need, age group, area and what they looked for, as missing support", async () => {
    await submitMissingSupport(
      missing({
        need: "autism",
        ageGroup: "secondary",
        area: "north",
        comment: "Nothing near Thornby",
        consent: "yes",
      }),
      CLIENT,
    );
    const [row] = await db().feedback.findMany();
    expect(row).toMatchObject({
      kind: "missing",
      theme: "missing_support",
      need: "autism",
      ageGroup: "secondary",
      area: "north",
      lookedFor: "A Saturday swimming club for autistic teenagers",
      comment: "Nothing near Thornby",
      consentToPublish: true,
      email: null,
    });
  });

  it("needs what they looked for; need and area must be the directory's own, age one of the four groups", async () => {
    expect(errorsOf(missingSupportSchema, { ageGroup: "teens" })).toEqual({
      ageGroup: "Choose an age group",
      lookedFor: "Tell us what support you were looking for",
    });
    expect(missingSupportSchema.parse({ lookedFor: "x", need: "", area: "" })).toMatchObject({
      need: null,
      area: null,
      ageGroup: null,
    });
    const refused = await submitMissingSupport(missing({ need: "made-up", area: "mars" }), CLIENT).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.fieldErrors).toEqual({ need: "Choose a need from the list", area: "Choose an area from the list" });
    expect(await db().feedback.count()).toBe(0);
  });

  it("with the hidden field filled in is refused, and nothing is kept", async () => {
    expect((await submitMissingSupport(missing({ website: "spam" }), CLIENT)).outcome).toBe("honeypot");
    expect(await db().feedback.count()).toBe(0);
  });
});
