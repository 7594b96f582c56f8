import { describe, expect, it } from "vitest";
import { toScriptJson } from "./structured-data";

describe("toScriptJson", () => {
  it("cannot be broken out of by listing text", () => {
    const json = toScriptJson({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
