import { describe, expect, it } from "vitest";
import { accessFeatures, deliveryFromText, languageCode, languageCodes, timesOfDay } from "./service-features";

describe("accessFeatures", () => {
  it("reads officers' and feeds' words as the four access features", () => {
    expect(accessFeatures(["Wheelchair accessible, level access"])).toEqual(["step-free"]);
    expect(accessFeatures(["Changing Places toilet on the ground floor"])).toEqual(["changing-places"]);
    expect(accessFeatures(["Sensory room available", "Induction loop at reception"])).toEqual([
      "quiet-room",
      "hearing-loop",
    ]);
    expect(accessFeatures(["Step-free access", "Quiet room", "Hearing loop", "Changing Places"])).toEqual([
      "step-free",
      "changing-places",
      "quiet-room",
      "hearing-loop",
    ]);
  });

  it("does not count a clause that says the opposite", () => {
    expect(accessFeatures(["Not wheelchair accessible"])).toEqual([]);
    expect(accessFeatures(["No lift; first floor only"])).toEqual([]);
    expect(accessFeatures(["Parking nearby. No hearing loop, sorry"])).toEqual([]);
    expect(accessFeatures(["Level access, no steps"])).toEqual(["step-free"]);
  });

  it("finds nothing in unrelated notes", () => {
    expect(accessFeatures(["Free parking", "Bus stop outside"])).toEqual([]);
  });
});

describe("languageCode", () => {
  it("finds British Sign Language by name or code", () => {
    expect(languageCode({ name: "British Sign Language" })).toBe("bsl");
    expect(languageCode({ name: "BSL interpreters on request" })).toBe("bsl");
    expect(languageCode({ name: "Signing", code: "bfi" })).toBe("bsl");
    expect(languageCode({ name: "Sign", code: "sgn" })).toBe("bsl");
  });

  it("maps names and two- or three-letter codes to one code, and leaves out English and unknowns", () => {
    expect(languageCode({ name: "Polish", code: "pl" })).toBe("pl");
    expect(languageCode({ name: "Polski", code: "pol" })).toBe("pl");
    expect(languageCode({ name: "Urdu" })).toBe("ur");
    expect(languageCode({ name: "Farsi" })).toBe("fa");
    expect(languageCode({ name: "Arabic", code: "ar-SA" })).toBe("ar");
    expect(languageCode({ name: "English", code: "en" })).toBeUndefined();
    expect(languageCode({ name: "Klingon" })).toBeUndefined();
    expect(languageCodes([{ name: "Polish" }, { name: "polish" }, { name: "BSL" }])).toEqual(["bsl", "pl"]);
  });
});

describe("deliveryFromText", () => {
  it("reads a feed's attending type", () => {
    expect(deliveryFromText("In person")).toEqual(["in-person"]);
    expect(deliveryFromText("Online and telephone")).toEqual(["online", "phone"]);
    expect(deliveryFromText("Home visits")).toEqual(["at-home"]);
    expect(deliveryFromText("")).toEqual([]);
  });
});

describe("timesOfDay", () => {
  const s = (byday: string, opensAt: string, closesAt: string, termTimeOnly = true, description?: string) => ({
    byday,
    opensAt,
    closesAt,
    termTimeOnly,
    description,
  });

  it("after school: a weekday session starting 15:00 to 18:00 and ending after 15:30", () => {
    expect(timesOfDay([s("TU", "15:30", "17:00")])).toEqual(["after-school"]);
    expect(timesOfDay([s("MO,WE", "16:00", "18:00")])).toEqual(["after-school"]);
    expect(timesOfDay([s("MO,TU,WE,TH,FR", "09:00", "17:00")])).toEqual([]);
    expect(timesOfDay([s("TH", "19:00", "21:00")])).toEqual([]);
    expect(timesOfDay([s("SA", "15:30", "17:00")])).toEqual(["weekends"]);
  });

  it("weekends: a session on Saturday or Sunday", () => {
    expect(timesOfDay([s("SU", "10:00", "12:00")])).toEqual(["weekends"]);
  });

  it("school holidays: runs outside term time, or is described as a holiday scheme", () => {
    expect(timesOfDay([s("MO", "09:00", "12:00", false)])).toEqual(["school-holidays"]);
    expect(timesOfDay([s("MO", "10:00", "15:00", true, "Summer holiday playscheme")])).toEqual(["school-holidays"]);
    expect(timesOfDay([], "Easter holiday club for disabled children")).toEqual(["school-holidays"]);
    expect(timesOfDay([])).toEqual([]);
  });
});
