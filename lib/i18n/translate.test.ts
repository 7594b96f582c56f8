import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./languages";
import { en, type MessageKey } from "./messages-en";
import { CATALOGUES, localHref, pluralFormFor, pluralForms, stripLanguage, t } from "./translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: string | Record<string, string | undefined>) =>
  typeof message === "string" ? [message] : Object.values(message).filter((v): v is string => v !== undefined);

describe("catalogues", () => {
  const keys = Object.keys(en) as MessageKey[];
  for (const { code } of LANGUAGES) {
    it(`${code} has every English key, none empty, with the same placeholders`, () => {
      const catalogue = CATALOGUES[code];
      expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        const english = placeholders(forms(en[key])[0]);
        const plural = typeof catalogue[key] !== "string";
        for (const form of forms(catalogue[key])) {
          expect(form.trim(), `${code} ${key}`).not.toBe("");
          // A plural form may spell its number out ("ميل واحد", one mile) and leave {count} out.
          const expected = plural && !form.includes("{count}") ? english.filter((p) => p !== "count") : english;
          expect(placeholders(form), `${code} ${key}: "${form}"`).toEqual(expected);
        }
      }
    });
  }

  it("a plural message has every form the language's rules can pick", () => {
    for (const { code } of LANGUAGES) {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const key of keys) {
        const message = CATALOGUES[code][key];
        if (typeof message === "string") continue;
        expect(message.other, `${code} ${key}`).toBeTruthy();
        // Arabic writes counts as "number: 12", one form for all; the others spell each form out.
        if (Object.keys(message).length > 1)
          for (const category of categories) expect(message[category], `${code} ${key} ${category}`).toBeTruthy();
      }
    }
  });
});

describe("t", () => {
  it("fills placeholders and leaves unknown ones as they are", () => {
    expect(t("en", "service.runBy", { organisation: "Seabourne Council" })).toBe("Run by Seabourne Council");
    expect(t("en", "footer.offline")).toContain("{phone}");
  });

  it("picks the plural form by the language's own rules", () => {
    expect(t("en", "results.found", { count: 1 })).toBe("1 service found");
    expect(t("en", "results.found", { count: 3 })).toBe("3 services found");
    expect(t("pl", "results.found", { count: 1 })).toBe("Znaleziono 1 usługę");
    expect(t("pl", "results.found", { count: 3 })).toBe("Znaleziono 3 usługi");
    expect(t("pl", "results.found", { count: 5 })).toBe("Znaleziono 5 usług");
    expect(t("pl", "results.found", { count: 22 })).toBe("Znaleziono 22 usługi");
    expect(t("ar", "results.found", { count: 7 })).toBe("عدد الخدمات التي وجدناها: 7");
  });

  it("names the form a count takes, falling back to 'other' where a catalogue has one form for all", () => {
    // The filter panel points each count's description at a hidden word by these names.
    expect(pluralForms("en", "filters.countServices").map(([form]) => form)).toEqual(["one", "other"]);
    expect(pluralFormFor("en", "filters.countServices", 1)).toBe("one");
    expect(pluralFormFor("en", "filters.countServices", 12)).toBe("other");
    expect(pluralFormFor("pl", "filters.countServices", 3)).toBe("few");
    expect(pluralFormFor("pl", "filters.countServices", 5)).toBe("many");
    // Arabic's rules call 12 "many", but its catalogue has only "other" for this word.
    expect(new Intl.PluralRules("ar").select(12)).toBe("many");
    expect(pluralFormFor("ar", "filters.countServices", 12)).toBe("other");
    for (const lang of ["en", "pl", "ar"] as const)
      for (const n of [0, 1, 2, 3, 5, 12, 22, 101]) {
        const form = pluralFormFor(lang, "filters.countServices", n);
        expect(
          pluralForms(lang, "filters.countServices").map(([f]) => f),
          `${lang} ${n}`,
        ).toContain(form);
      }
  });

  it("gives each language its own words", () => {
    expect(t("pl", "filters.apply")).toBe("Zastosuj filtry");
    expect(t("ar", "filters.apply")).toBe("طبّق عوامل التصفية");
  });
});

describe("localHref and stripLanguage", () => {
  it("adds the prefix for Polish and Arabic, none for English", () => {
    expect(localHref("/services?q=x", "pl")).toBe("/pl/services?q=x");
    expect(localHref("/", "ar")).toBe("/ar");
    expect(localHref("/?a=1", "pl")).toBe("/pl?a=1");
    expect(localHref("/services/speech-help", "en")).toBe("/services/speech-help");
  });

  it("replaces a prefix that is already there, so a link never gets two", () => {
    expect(localHref("/pl/services", "ar")).toBe("/ar/services");
    expect(localHref("/pl", "en")).toBe("/");
    expect(localHref("/ar/services?q=x#r", "en")).toBe("/services?q=x#r");
  });

  it("leaves other sites, mail, phone and fragments alone", () => {
    for (const href of ["https://example.org/", "mailto:a@b.c", "tel:01632960000", "#main", "//evil.example/"])
      expect(localHref(href, "pl")).toBe(href);
  });

  it("does not take a page whose name starts like a language for a prefix", () => {
    expect(stripLanguage("/plans")).toEqual({ lang: "en", path: "/plans" });
    expect(stripLanguage("/around")).toEqual({ lang: "en", path: "/around" });
    expect(stripLanguage("/ar")).toEqual({ lang: "ar", path: "/" });
    expect(stripLanguage("/pl?q=1")).toEqual({ lang: "pl", path: "/?q=1" });
  });
});
