import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressCount, blockCount, contains, findFreeRange, formatCidr, overlaps, rangeOf, smallestPrefixFor, subBlock, toRange, type Range } from "./cidr";

const range = (cidr: string) => toRange(cidr) as Range;

/** Any valid network: an address masked down to a prefix, IPv4 or IPv6. */
const anyRange = fc.oneof(
  fc.tuple(fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }), fc.integer({ min: 0, max: 32 })).map(([address, prefix]) => {
    const size = 1n << BigInt(32 - prefix);
    return rangeOf(4, (address / size) * size, prefix);
  }),
  fc.tuple(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), fc.integer({ min: 0, max: 128 })).map(([address, prefix]) => {
    const size = 1n << BigInt(128 - prefix);
    return rangeOf(6, (address / size) * size, prefix);
  }),
);

describe("CIDR arithmetic", () => {
  it("counts blocks and addresses: a /16 with blockSize 26 has 2^(26-16) = 1,024 blocks of 64", () => {
    expect(blockCount(16, 26)).toBe(1024n);
    expect(addressCount(4, 26)).toBe(64n);
    // IPv6: a /112 pool with /122 blocks has 2^10 = 1,024 blocks of 2^(128-122) = 64 addresses.
    expect(blockCount(112, 122)).toBe(1024n);
    expect(addressCount(6, 122)).toBe(64n);
  });

  it("formats ranges back to CIDR text for both families", () => {
    expect(formatCidr(range("10.16.0.0/12"))).toBe("10.16.0.0/12");
    expect(formatCidr(range("fd00:10::/48"))).toBe("fd00:10::/48");
  });

  it("finds the smallest prefix: 14,610 blocks of /26 need 2^14 blocks, a /12", () => {
    expect(smallestPrefixFor(4, 14_610n, 6)).toBe(12);
    expect(smallestPrefixFor(4, 1n, 6)).toBe(26);
    expect(smallestPrefixFor(4, (1n << 27n) + 1n, 6)).toBeUndefined();
  });

  it("suggests the network at the range's own address when it is free", () => {
    // 10.0.0.0/12 holds 10.1.0.0/16 and nothing else is taken.
    expect(formatCidr(findFreeRange(range("10.1.0.0/16"), 12, []) as Range)).toBe("10.0.0.0/12");
  });

  it("skips taken ranges and stays in the private space of the original", () => {
    // 10.0.0.0/12 is taken by 10.2.0.0/16, 10.16.0.0/12 by 10.20.0.0/14: the next free /12 is 10.32.0.0/12.
    const taken = [range("10.2.0.0/16"), range("10.20.0.0/14")];
    expect(formatCidr(findFreeRange(range("10.1.0.0/16"), 12, taken) as Range)).toBe("10.32.0.0/12");
    // Everything above 10.240.0.0 is taken: wrap around to the start of 10.0.0.0/8 ... which is taken too, up to 10.240.0.0.
    const full = [range("10.0.0.0/9"), range("10.128.0.0/10"), range("10.192.0.0/11"), range("10.224.0.0/12"), range("10.240.0.0/12")];
    expect(findFreeRange(range("10.1.0.0/16"), 12, full)).toBeUndefined();
    // Wrap-around: start near the end of 10/8 where it is full, find 10.0.0.0/12 at the start.
    expect(formatCidr(findFreeRange(range("10.241.0.0/16"), 12, [range("10.240.0.0/12")]) as Range)).toBe("10.0.0.0/12");
  });

  it("finds free IPv6 ranges inside fc00::/7", () => {
    const free = findFreeRange(range("fd00::/64"), 56, [range("fd00::/56")]) as Range;
    expect(formatCidr(free)).toBe("fd00:0:0:100::/56");
  });

  it("overlap is symmetric (property)", () => {
    fc.assert(fc.property(anyRange, anyRange, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it("a range overlaps itself and contains each of its sub-blocks (property)", () => {
    fc.assert(
      fc.property(anyRange, fc.nat(), fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (r, extra, pick) => {
        const bits = r.family === 4 ? 32 : 128;
        const sub = Math.min(bits, r.prefix + (extra % (bits - r.prefix + 1)));
        const count = blockCount(r.prefix, sub);
        const block = subBlock(r, sub, pick % count);
        return overlaps(r, r) && contains(r, block) && overlaps(block, r) && !contains(block, r) === sub > r.prefix;
      }),
    );
  });

  it("block counts match 2^(b-p) and tile the range exactly (property)", () => {
    fc.assert(
      fc.property(anyRange, fc.nat(), (r, extra) => {
        const bits = r.family === 4 ? 32 : 128;
        const b = Math.min(bits, r.prefix + (extra % 24));
        const count = blockCount(r.prefix, b);
        const last = subBlock(r, b, count - 1n);
        return count === 1n << BigInt(b - r.prefix) && count * addressCount(r.family, b) === addressCount(r.family, r.prefix) && last.last === r.last;
      }),
    );
  });

  it("free ranges never overlap what is taken (property)", () => {
    fc.assert(
      fc.property(fc.array(anyRange, { maxLength: 8 }), anyRange, fc.integer({ min: 0, max: 8 }), (taken, near, shorter) => {
        const prefix = Math.max(0, near.prefix - shorter);
        const free = findFreeRange(near, prefix, taken);
        return free === undefined || (free.prefix === prefix && taken.every((t) => !overlaps(t, free)));
      }),
    );
  });
});
