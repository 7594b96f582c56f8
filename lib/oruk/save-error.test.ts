import { describe, expect, it } from "vitest";
import { plainSaveError } from "./save-error";

describe("a database error on one imported record, in plain words", () => {
  it("says what happened and what to do, never the raw message", () => {
    const raw = new Error(
      'Invalid `tx.service.create()` invocation:\n\nError occurred during query execution:\nConnectorError(... Code: `22021`. Message: `invalid byte sequence for encoding "UTF8": 0x00` ...)',
    );
    const plain = plainSaveError(raw);
    expect(plain).toMatch(
      /^it holds characters the database cannot store\. Check .+ import again\. \(Database code 22021\.\)$/,
    );
    expect(plain).not.toMatch(/invocation|ConnectorError|0x00/);
    expect(plainSaveError(new Error("Query read timeout"))).toMatch(/took too long/);
    expect(plainSaveError("something odd")).toBe(
      "the database refused it. Check the record in the source directory and import again.",
    );
  });
});
