import { describe, expect, it } from "vitest";
import { readForm } from "./action-client";

const form = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of entries) fd.append(k, v);
  return fd;
};

describe("readForm", () => {
  it("builds nested lists from dotted field names and arrays from names ending in []", () => {
    expect(
      readForm(
        form([
          ["name", "Swim club"],
          ["contacts.0.phones.1.number", "01632 960 111"],
          ["needs[]", "autism"],
          ["needs[]", "adhd"],
        ]),
      ),
    ).toEqual({
      name: "Swim club",
      contacts: [{ phones: [undefined, { number: "01632 960 111" }] }],
      needs: ["autism", "adhd"],
    });
  });

  it("ignores field names that would reach an object's prototype", () => {
    const values = readForm(
      form([
        ["__proto__.isAdmin", "yes"],
        ["constructor.prototype.isAdmin", "yes"],
        ["a.__proto__.b", "x"],
        ["name", "ok"],
      ]),
    );
    expect(values).toEqual({ name: "ok" });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
