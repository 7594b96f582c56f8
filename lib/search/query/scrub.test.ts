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
    expect(scrubQuery("my daughter is called amy and she is deaf")).toBe(
      "my daughter is called [name] and she is deaf",
    );
  });

  it("removes lower-case names after 'called' or 'named', and only the name", () => {
    expect(scrubQuery("my son is called jack and has adhd")).toBe("my son is called [name] and has adhd");
    expect(scrubQuery("my boy is called jack smith and has adhd")).toBe("my boy is called [name] and has adhd");
    expect(scrubQuery("my child named oliver needs speech therapy")).toBe("my child named [name] needs speech therapy");
    expect(scrubQuery("my girl is called mia-rose with autism")).toBe("my girl is called [name] with autism");
    expect(scrubQuery("my daughter's name is amy o'neill")).toBe("my daughter's name is [name]");
    expect(scrubQuery("son called jack, age 7")).toBe("son called [name], age 7");
  });

  it("keeps ordinary words, acronyms and conditions", () => {
    expect(scrubQuery("Autism help")).toBe("Autism help");
    expect(scrubQuery("CAMHS waiting list")).toBe("CAMHS waiting list");
    expect(scrubQuery("support for Down's syndrome")).toBe("support for Down's syndrome");
    expect(scrubQuery("vitamin b12")).toBe("vitamin b12");
  });
});
