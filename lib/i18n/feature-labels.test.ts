import { describe, expect, it } from "vitest";
import { featureLegend, featureName } from "./feature-labels";

describe("the delivery, access, language and time filters' words", () => {
  it("keeps the filter's own English words", () => {
    expect(featureName("en", "delivery", "at-home", "At home (they visit you)")).toBe("At home (they visit you)");
    expect(featureName("en", "language", "fa", "Persian (Farsi)")).toBe("Persian (Farsi)");
    expect(featureLegend("en", "access")).toBe("Venue access (has all you tick)");
  });

  it("names options and spoken languages in Polish and Arabic", () => {
    expect(featureName("pl", "time", "weekends", "Weekends")).toBe("W weekendy");
    expect(featureName("ar", "access", "quiet-room", "Quiet room")).toBe("غرفة هادئة");
    expect(featureName("pl", "language", "pl", "Polish")).toBe("polski");
    expect(featureName("ar", "language", "bsl", "British Sign Language (BSL)")).toBe("لغة الإشارة البريطانية (BSL)");
  });

  it("shows an option with no message yet in English rather than a key", () => {
    expect(featureName("pl", "access", "lift", "Lift")).toBe("Lift");
  });
});
