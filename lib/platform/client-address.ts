// Who is asking: the address rate limits count. Anyone can write X-Forwarded-For, so it is believed
// only when the request came from a proxy named in TRUSTED_PROXIES, and then only the right-most
// hop no trusted proxy added (the address the proxy itself saw). Otherwise it is the socket's
// address, which Next.js does not give route handlers: the production server (scripts/serve.ts)
// puts it in `x-client-ip`, after removing any the client sent, and says so with a flag on
// globalThis (shared with Next.js's bundles). Without that server (`next dev`, `next start`) every
// client is "unknown" and shares one count.
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-client-ip";
type HeaderReader = { get(name: string): string | null };

const shared = globalThis as unknown as { clientAddressHeaderSet?: boolean; trustedProxies?: [string, BlockList] };

/** The production server, on every request, before Next.js sees it. */
export function stampClientAddress(req: IncomingMessage): void {
  acceptClientAddressHeader();
  const socket = req.socket.remoteAddress;
  if (socket) req.headers[CLIENT_ADDRESS_HEADER] = socket;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
}

/** From now on `x-client-ip` is the server's own word (only ever called where the server sets it). */
export function acceptClientAddressHeader(): void {
  shared.clientAddressHeaderSet = true;
}

/** `::ffff:1.2.3.4` → `1.2.3.4`; `[2001:db8::1]:443` → `2001:db8::1`; `1.2.3.4:80` → `1.2.3.4`. */
export function normaliseAddress(value: string): string {
  let a = value.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.indexOf(":"));
  if (a.startsWith("::ffff:") && isIP(a.slice(7)) === 4) a = a.slice(7);
  return a.slice(0, 64);
}

/** TRUSTED_PROXIES: comma-separated addresses and CIDR ranges (`10.0.0.0/8, 2001:db8::/32`). */
export function parseTrustedProxies(list: string): BlockList {
  const blocks = new BlockList();
  for (const entry of list
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = isIP(normaliseAddress(address));
    if (!family || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      console.warn(`TRUSTED_PROXIES: "${entry}" is not an IP address or range; ignored.`);
      continue;
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) blocks.addAddress(normaliseAddress(address), type);
    else blocks.addSubnet(normaliseAddress(address), Number(prefix), type);
  }
  return blocks;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The decision itself, given what the socket and the headers say. */
export function pickClientAddress(
  socket: string | undefined,
  forwardedFor: string | null,
  realIp: string | null,
  trusted: BlockList,
): string {
  if (!socket) return "unknown";
  const direct = normaliseAddress(socket);
  if (!isTrusted(direct, trusted)) return direct;
  const hops = (forwardedFor ?? "").split(",").map(normaliseAddress).filter(Boolean);
  if (hops.length === 0 && realIp) hops.push(normaliseAddress(realIp));
  // Each trusted proxy appends the address it saw; everything left of the first untrusted one,
  // reading from the right, was written by the client and proves nothing.
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(hops[i], trusted)) return hops[i];
  return hops[0] ?? direct;
}

function trustedProxies(): BlockList {
  const list = process.env.TRUSTED_PROXIES ?? "";
  if (shared.trustedProxies?.[0] !== list) shared.trustedProxies = [list, parseTrustedProxies(list)];
  return shared.trustedProxies[1];
}

/** The client's address for a request handled by Next.js (route handler or server action). */
export function clientAddress(headers: HeaderReader): string {
  const socket = shared.clientAddressHeaderSet ? (headers.get(CLIENT_ADDRESS_HEADER) ?? undefined) : undefined;
  return pickClientAddress(socket, headers.get("x-forwarded-for"), headers.get("x-real-ip"), trustedProxies());
}
