import { describe, expect, it } from "vitest";
import { formatAgeRange, formatDate, formatDays, formatMoney, formatTime, telHref } from "./format";
import { reviewDueDate } from "@/lib/review-dates/due-date";
import { slugify } from "./slug";

describe("listing formatting", () => {
  it("writes ages, days and times the way people say them", () => {
    expect(formatAgeRange(0, 25)).toBe("All ages, 0 to 25");
    expect(formatAgeRange(0, 4)).toBe("Birth to 4");
    expect(formatAgeRange(11, 16)).toBe("Ages 11 to 16");
    expect(formatDays("MO,TU,WE,TH,FR")).toBe("Monday to Friday");
    expect(formatDays("SA,SU")).toBe("Saturday, Sunday");
    expect(formatTime("09:00")).toBe("9am");
    expect(formatTime("16:30")).toBe("4:30pm");
    expect(formatTime("12:00")).toBe("midday");
  });

  it("formats dates in UK time whatever the server's zone", () => {
    expect(formatDate(new Date("2026-03-29T23:30:00Z"))).toBe("30 March 2026");
  });

  it("formats money and phone links", () => {
    expect(formatMoney(4.5)).toBe("£4.50");
    expect(formatMoney(10)).toBe("£10");
    expect(formatMoney(0)).toBe("Free");
    expect(telHref("01632 960 000")).toBe("tel:01632960000");
  });

  it("makes readable slugs", () => {
    expect(slugify("Speech & Language Therapy (SALT)")).toBe("speech-and-language-therapy-salt");
    expect(slugify("Children’s Centre – Thornby")).toBe("childrens-centre-thornby");
    expect(slugify("!!!")).toBe("service");
  });
});

describe("reviewDueDate", () => {
  it("is twelve months after the last check", () => {
    expect(reviewDueDate(new Date("2026-01-15T00:00:00Z"))?.toISOString().slice(0, 10)).toBe("2027-01-15");
  });
  it("clamps 29 February to the end of February", () => {
    expect(reviewDueDate(new Date("2028-02-29T00:00:00Z"))?.toISOString().slice(0, 10)).toBe("2029-02-28");
  });
  it("is unknown for a listing never checked", () => {
    expect(reviewDueDate(null)).toBeNull();
  });
});
