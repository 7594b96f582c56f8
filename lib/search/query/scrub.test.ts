import { describe, expect, it } from "vitest";
import { scrubQuery } from "./scrub";

describe("scrubQuery", () => {
  it("removes postcodes, emails and phone numbers", () => {
    expect(scrubQuery("autism near FY4 2AB")).toBe("autism near [postcode]");
    expect(scrubQuery("speech FY1")).toBe("speech [postcode]");
    expect(scrubQuery("email me jo.smith@example.com")).toBe("email me [email]");
    expect(scrubQuery("call 01253 477 123 about respite")).toBe("call [number] about respite");
    expect(scrubQuery("+44 7700 900123")).toBe("[number]");
  });

  it("removes names", () => {
    expect(scrubQuery("my son Jack has autism")).toBe("my son [name] has autism");
    expect(scrubQuery("Jack has asd")).toBe("[name] has asd");
    expect(scrubQuery("Olivia's school")).toBe("[name] school");
    expect(scrubQuery("my daughter is called amy and she is deaf")).toBe("my daughter is called [name] she is deaf");
  });

  it("keeps ordinary words, acronyms and conditions", () => {
    expect(scrubQuery("Autism help")).toBe("Autism help");
    expect(scrubQuery("CAMHS waiting list")).toBe("CAMHS waiting list");
    expect(scrubQuery("support for Down's syndrome")).toBe("support for Down's syndrome");
    expect(scrubQuery("vitamin b12")).toBe("vitamin b12");
  });
});
