import { describe, expect, it } from "vitest";
import { describeReasons, duplicateKeys, normalisePhone, normalisePostcode, normaliseWebsite } from "./match";

describe("duplicate keys", () => {
  it("makes phone numbers, websites and postcodes comparable", () => {
    expect(normalisePhone("+44 (0)1632 960 000")).toBe("01632960000");
    expect(normalisePhone("+44 1632 960000")).toBe("01632960000");
    expect(normalisePhone("01632 960000")).toBe("01632960000");
    expect(normalisePhone("123")).toBe("");
    expect(normaliseWebsite("HTTPS://www.Example.org/club/")).toBe("example.org/club");
    expect(normalisePostcode("sb1 2ab")).toBe("SB12AB");
  });

  it("collects a listing's keys once each", () => {
    const keys = duplicateKeys({
      name: " Swim ",
      email: "A@x.org",
      contacts: [{ email: "a@x.org", phones: [{ number: "01632 960000" }, { number: "01632960000" }] }],
      locations: [{ name: "Pool", address1: "1 Road", city: "Town", postcode: "SB1 2AB" }],
    } as never);
    expect(keys).toEqual({
      name: "Swim",
      phones: ["01632960000"],
      emails: ["a@x.org"],
      website: "",
      postcodes: ["SB12AB"],
    });
    expect(describeReasons(["phone", "website"])).toBe("same phone number and same website");
  });
});
