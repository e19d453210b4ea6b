import { Address4, Address6 } from "ip-address";
import { parseCidr, type ParsedCidr } from "../design/cidr";

/**
 * CIDR arithmetic on top of lib/design's strict parser (ip-address, BigInt based): IPv4 and IPv6
 * alike, addresses as bigint so that an IPv6 /48 is as exact as an IPv4 /16.
 */
export type Range = Pick<ParsedCidr, "family" | "prefix" | "first" | "last">;

export function familyBits(family: 4 | 6): 32 | 128 {
  return family === 4 ? 32 : 128;
}

/** Parses a CIDR the schema has already accepted; undefined for anything else (never throws). */
export function toRange(cidr: string): Range | undefined {
  const parsed = parseCidr(cidr);
  return parsed.ok ? parsed.value : undefined;
}

export function rangeOf(family: 4 | 6, first: bigint, prefix: number): Range {
  const size = 1n << BigInt(familyBits(family) - prefix);
  return { family, prefix, first, last: first + size - 1n };
}

/** Two ranges overlap when they are of one family and share an address. Symmetric. */
export function overlaps(a: Range, b: Range): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

export function contains(outer: Range, inner: Range): boolean {
  return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

/** Addresses in a prefix: 2^(32-p) for IPv4, 2^(128-p) for IPv6. */
export function addressCount(family: 4 | 6, prefix: number): bigint {
  return 1n << BigInt(familyBits(family) - prefix);
}

/** Calico blocks of size b in a pool of prefix p: 2^(b-p) (Calico IPPool reference). */
export function blockCount(prefix: number, blockSize: number): bigint {
  return 1n << BigInt(blockSize - prefix);
}

/** The i-th sub-block of prefix `sub` inside `range`. */
export function subBlock(range: Range, sub: number, index: bigint): Range {
  return rangeOf(range.family, range.first + index * addressCount(range.family, sub), sub);
}

export function formatCidr(range: Range): string {
  const address = range.family === 4 ? Address4.fromBigInt(range.first) : Address6.fromBigInt(range.first);
  return `${address.correctForm()}/${range.prefix}`;
}

/** The aligned network of the given prefix that contains `address`. */
function alignDown(family: 4 | 6, address: bigint, prefix: number): bigint {
  const size = addressCount(family, prefix);
  return (address / size) * size;
}

/**
 * The longest prefix (smallest network) holding `units` units of 2^unitBits addresses each, or
 * undefined when even the whole address family is too small.
 */
export function smallestPrefixFor(family: 4 | 6, units: bigint, unitBits: number): number | undefined {
  let bits = 0;
  while (1n << BigInt(bits) < units) bits += 1;
  const prefix = familyBits(family) - unitBits - bits;
  return prefix >= 0 ? prefix : undefined;
}

// Private address space (RFC 1918, RFC 6598 shared space, RFC 4193 unique local IPv6): a
// suggestion for a range already in one of them stays inside it.
const privateSpaces = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"].map((cidr) => toRange(cidr) as Range);

/**
 * A free network of `prefix` that overlaps none of `taken`: the one at `near`'s own network
 * address if free, else the first free aligned network after it (wrapping around) inside the
 * private space that holds `near`, or inside the whole family. Cost: one step per taken range.
 */
export function findFreeRange(near: Range, prefix: number, taken: readonly Range[]): Range | undefined {
  const { family } = near;
  const space = privateSpaces.find((candidate) => contains(candidate, near) && candidate.prefix <= prefix) ?? rangeOf(family, 0n, 0);
  const size = addressCount(family, prefix);
  const blockers = taken.filter((range) => range.family === family && overlaps(range, space)).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const start = alignDown(family, near.first, prefix);
  const scan = (from: bigint, until: bigint): Range | undefined => {
    let candidate = from;
    for (const blocker of blockers) {
      if (candidate + size - 1n > until) return undefined;
      if (blocker.last < candidate) continue;
      if (blocker.first > candidate + size - 1n) break;
      candidate = alignDown(family, blocker.last, prefix) + size;
    }
    return candidate + size - 1n <= until ? rangeOf(family, candidate, prefix) : undefined;
  };
  return scan(start, space.last) ?? scan(space.first, start + size - 1n);
}
