import { describe, expect, it, vi } from "vitest";
import { ttlCache } from "./ttl-cache";

describe("ttlCache", () => {
  it("loads once for a burst of readers, again after forget or expiry, and never keeps a failure", async () => {
    vi.useFakeTimers();
    let n = 0;
    const cache = ttlCache("test-key", 1000, async () => ++n);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    cache.forget();
    expect(await cache.get()).toBe(2);
    vi.advanceTimersByTime(1001);
    expect(await cache.get()).toBe(3);

    const failing = ttlCache("test-fail", 1000, async () => {
      if (++n === 4) throw new Error("down");
      return n;
    });
    await expect(failing.get()).rejects.toThrow("down");
    expect(await failing.get()).toBe(5);
    vi.useRealTimers();
  });
});
