import { describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxies, pickClientAddress } from "./client-address";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, 2001:db8::/32");

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever the headers say", () => {
    expect(pickClientAddress("203.0.113.9", "1.2.3.4", "5.6.7.8", none)).toBe("203.0.113.9");
    expect(pickClientAddress("::ffff:127.0.0.1", "1.2.3.4", null, none)).toBe("127.0.0.1");
    expect(pickClientAddress(undefined, "1.2.3.4", "5.6.7.8", proxies)).toBe("unknown");
  });

  it("is the socket's when the socket is not a trusted proxy", () => {
    expect(pickClientAddress("203.0.113.9", "1.2.3.4", null, proxies)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, is the right-most hop they did not add", () => {
    expect(pickClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4", null, proxies)).toBe("198.51.100.4");
    expect(pickClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4, 192.168.1.5, 10.1.2.3", null, proxies)).toBe(
      "198.51.100.4",
    );
    expect(pickClientAddress("2001:db8::7", "[2001:db9::1]:443", null, proxies)).toBe("2001:db9::1");
    expect(pickClientAddress("10.0.0.2", null, "198.51.100.8", proxies)).toBe("198.51.100.8");
    // Only proxies all the way: the left-most hop is the best there is.
    expect(pickClientAddress("10.0.0.2", "10.0.0.9, 10.0.0.8", null, proxies)).toBe("10.0.0.9");
    expect(pickClientAddress("10.0.0.2", null, null, proxies)).toBe("10.0.0.2");
  });

  it("reads addresses with ports and IPv4 written as IPv6", () => {
    expect(normaliseAddress(" 198.51.100.4:5678 ")).toBe("198.51.100.4");
    expect(normaliseAddress("::FFFF:198.51.100.4")).toBe("198.51.100.4");
    expect(normaliseAddress("::1")).toBe("::1");
  });
});
