import { describe, expect, it } from "vitest";
import { addId, joinIds, parseIds, removeId, safeReturnPath, SHORTLIST_MAX } from "./ids";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("reading a shortlist from a cookie or a share link", () => {
  it("keeps listing ids in order, once each, and counts what it drops", () => {
    const raw = [id(1), "not-an-id", id(2), id(1).toUpperCase(), "<script>", id(3)].join(".");
    expect(parseIds(raw)).toEqual({ ids: [id(1), id(2), id(3)], dropped: 2 });
    expect(parseIds(`${id(1)},${id(2)}`).ids).toEqual([id(1), id(2)]);
    expect(parseIds("")).toEqual({ ids: [], dropped: 0 });
    expect(parseIds(undefined)).toEqual({ ids: [], dropped: 0 });
  });

  it("never holds more than the cap, however long the address", () => {
    const many = Array.from({ length: SHORTLIST_MAX + 10 }, (_, i) => id(i));
    const parsed = parseIds(joinIds(many));
    expect(parsed.ids).toHaveLength(SHORTLIST_MAX);
    expect(parsed.dropped).toBe(10);
    expect(parseIds("x".repeat(100_000)).ids).toEqual([]);
  });
});

describe("changing a shortlist", () => {
  it("adds at the end once, refuses when full, and removes", () => {
    expect(addId([id(1)], id(2))).toEqual({ ids: [id(1), id(2)], full: false });
    expect(addId([id(1), id(2)], id(1))).toEqual({ ids: [id(1), id(2)], full: false });
    const full = Array.from({ length: SHORTLIST_MAX }, (_, i) => id(i));
    expect(addId(full, id(999))).toEqual({ ids: full, full: true });
    expect(removeId([id(1), id(2)], id(1))).toEqual([id(2)]);
  });
});

describe("going back after Save or Remove", () => {
  it("only to a path on this site", () => {
    expect(safeReturnPath("/services?q=autism#s-1")).toBe("/services?q=autism#s-1");
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "/a\r\nSet-Cookie: x", "", null])
      expect(safeReturnPath(bad), String(bad)).toBe("/shortlist");
  });
});
