// Issue 16 items 6 and 7: a real service is never skipped for a missing contact, a long field or
// hostile bytes. Only no name, a repeated id or an exact duplicate (import.ts) leave a record out.
import { describe, expect, it } from "vitest";
import { cleanChars, cleanFeedValue } from "./clean-text";
import { contactsInText } from "./feed-contact";
import { mapFeedRecord } from "./feed-to-listing";

const base = {
  id: "s-1",
  name: "Ballpool Heaven and Soft Play Sessions",
  description: "<p>Ball pools and soft play. Please book in advance.</p>",
  url: "",
  email: "",
  organization: { id: "o-1", name: "NL Community", description: "", url: "https://www.example.gov.uk/hubs/" },
};

const mapped = (r: Record<string, unknown>) => {
  const result = mapFeedRecord(r, "x");
  if (!result.ok) throw new Error(`skipped: ${result.reason}`);
  return result.record;
};

describe("a service without its own contact details", () => {
  it("falls back to the organisation's website, and says so", () => {
    const record = mapped(base);
    expect(record.listing.url).toBe("https://www.example.gov.uk/hubs/");
    expect(record.needsContact).toBe(false);
    expect(record.derived.join("\n")).toMatch(/organisation's website/);
  });

  it("falls back to the organisation's email and phone numbers", () => {
    const record = mapped({
      ...base,
      organization: { ...base.organization, url: "", email: "hub@example.org", phones: [{ number: "01724 297000" }] },
    });
    expect(record.listing.contacts).toEqual([
      { title: "NL Community", email: "hub@example.org", phones: [{ number: "01724 297000" }] },
    ]);
  });

  it("then to links, emails and UK phone numbers in the description, which stays as written", () => {
    const description =
      "<p>Call 01724 296 800 or 07700 900123, email <a href='mailto:play@example.org'>us</a>, " +
      "see https://example.org/play. (not javascript:alert(1), not 12345 or 2024-2025).</p>";
    const record = mapped({ ...base, description, organization: { id: "o-1", name: "NL" } });
    expect(record.listing.url).toBe("https://example.org/play");
    expect(record.listing.contacts).toEqual([
      {
        title: "General enquiries",
        email: "play@example.org",
        phones: [{ number: "01724 296 800" }, { number: "07700 900123" }],
      },
    ]);
    expect(record.listing.description).toContain("Call 01724 296 800 or 07700 900123");
    expect(record.needsContact).toBe(false);
    expect(record.derived.join("\n")).toMatch(/found in the description/);
  });

  it("with none anywhere, is kept as a listing that needs contact details", () => {
    const record = mapped({ ...base, organization: { id: "o-1", name: "NL" } });
    expect(record.needsContact).toBe(true);
    expect(record.listing.contacts).toHaveLength(1);
    expect(record.listing.url).toBeUndefined();
    expect(record.derived.join("\n")).toMatch(/needs contact details/);
  });
});

describe("reading contact details in text", () => {
  it("finds real-looking UK numbers, http(s) links and email addresses only", () => {
    expect(
      contactsInText(
        "Ring +44 (0)1724 297000, 0800 123 4567 or (01652) 123456. Not 123 456, 0123 or 1,000,000. " +
          "www.example.org, ftp://x.org, https://ok.example.org/a?b=1. and me@example.org.",
      ),
    ).toEqual({
      phones: ["+44 (0)1724 297000", "0800 123 4567", "(01652) 123456"],
      links: ["https://ok.example.org/a?b=1"],
      emails: ["me@example.org"],
    });
  });
});

describe("text too long for a field", () => {
  it("shortens a long name at a word boundary and keeps the full name for the audit entry", () => {
    const name = `${"Holiday activities and food programme ".repeat(6)}in Scunthorpe`;
    const record = mapped({ ...base, name });
    expect(record.listing.name.length).toBeLessThanOrEqual(160);
    expect(record.listing.name).toMatch(/programme…$/);
    expect(record.shortened.name).toBe(name);
  });

  it("never skips for a field the listing cannot hold: alerts, codes, addresses, odd ages", () => {
    const record = mapped({
      ...base,
      status: "temporarily closed",
      alert: "Closed. ".repeat(200),
      url: `https://example.org/${"a".repeat(2500)}`,
      languages: [{ name: "Polish", code: "pl-PL-x-very-long" }],
      minimum_age: Number.NaN,
      maximum_age: Number.POSITIVE_INFINITY,
    });
    expect(record.listing.closureMessage!.length).toBeLessThanOrEqual(500);
    expect(record.listing.languages).toEqual([{ name: "Polish" }]);
    expect([record.listing.minimumAge, record.listing.maximumAge]).toEqual([0, 25]);
  });
});

describe("hostile bytes", () => {
  it("strips control characters but tab and newline, and lone surrogates", () => {
    expect(cleanChars("a\u0000b\u0007c\td\ne\r\nf\u001b[31m\u009f\ud800g\udfffh😀")).toBe("abc\td\ne\nf[31mgh😀");
  });

  it("cleans every string of a nested record, its keys too, and cuts off absurd nesting", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100; i++) deep = [deep];
    const cleaned = cleanFeedValue({ "i\u0000d": "x\u0000", n: [{ s: "\ud83d" }], inf: Infinity, deep }) as Record<
      string,
      unknown
    >;
    expect(cleaned.id).toBe("x");
    expect(cleaned.n).toEqual([{ s: "" }]);
    expect(cleaned.inf).toBeNull();
    expect(JSON.stringify(cleaned.deep).length).toBeLessThan(200);
  });

  it("maps a record whose id and text hold NULs, and gives a record without an id a stable one", () => {
    const record = mapped({ ...base, id: "s\u0000-1", name: "Nul\u0000 club\ud800", description: "A\u0000 club." });
    expect([record.sourceId, record.listing.name, record.listing.description]).toEqual(["s-1", "Nul club", "A club."]);
    const a = mapped({ ...base, id: "" });
    expect(a.sourceId).toMatch(/^no-id-[0-9a-f]{16}$/);
    expect(mapped({ ...base, id: undefined }).sourceId).toBe(a.sourceId);
  });
});
