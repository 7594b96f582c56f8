import { describe, expect, it } from "vitest";
import { closestWord, editDistance, typoBudget } from "./edit-distance";

describe("editDistance", () => {
  it("counts one for each kind of single-letter slip", () => {
    expect(editDistance("dance", "dance")).toBe(0);
    expect(editDistance("dnace", "dance")).toBe(1); // two letters swapped
    expect(editDistance("wlaking", "walking")).toBe(1);
    expect(editDistance("footbal", "football")).toBe(1); // dropped
    expect(editDistance("babby", "baby")).toBe(1); // doubled
    expect(editDistance("councelling", "counselling")).toBe(1); // wrong letter
    expect(editDistance("wlaking", "making")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("closestWord", () => {
  it("takes the fewest edits within the budget, else nothing", () => {
    expect(closestWord("wlaking", ["making", "walking", "talking"])).toBe("walking");
    expect(closestWord("dnace", ["dace", "dance"])).toBe("dace"); // both one edit: the first listed wins
    expect(closestWord("dnace", ["dancer"])).toBeUndefined();
    expect(closestWord("bereavmnet", ["bereavement"])).toBe("bereavement"); // 8+ letters: two edits
    expect(typoBudget("abc")).toBe(0);
  });
});
