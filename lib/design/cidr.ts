import { Address4, Address6 } from "ip-address";
import { z } from "zod";

/** A CIDR parsed strictly: network address with no host bits set, explicit prefix length. */
export type ParsedCidr = {
  readonly cidr: string;
  readonly family: 4 | 6;
  readonly prefix: number;
  /** First address of the network, as an integer. */
  readonly first: bigint;
  /** Last address of the network, as an integer. */
  readonly last: bigint;
};

export type CidrResult = { ok: true; value: ParsedCidr } | { ok: false; reason: string };

/**
 * Parses "10.0.0.0/16" or "fd00::/48" with the ip-address library. Strict: the prefix length must
 * be written, and host bits set ("10.0.0.1/16") are an error, as Calico rejects such IPPool CIDRs
 * and an architect who wrote them meant another network.
 */
export function parseCidr(text: string): CidrResult {
  if (!text.includes("/")) return { ok: false, reason: `"${text}" has no prefix length (write it as address/prefix)` };
  const family = text.includes(":") ? 6 : 4;
  let address: Address4 | Address6;
  try {
    address = family === 4 ? new Address4(text) : new Address6(text);
  } catch (error) {
    return { ok: false, reason: `"${text}" is not a valid IPv${family} CIDR: ${(error as Error).message}` };
  }
  const first = address.startAddress().bigInt();
  if (address.bigInt() !== first) {
    const network = `${address.startAddress().correctForm()}/${address.subnetMask}`;
    return { ok: false, reason: `"${text}" has host bits set; the network is ${network}` };
  }
  return {
    ok: true,
    value: { cidr: text, family, prefix: address.subnetMask, first, last: address.endAddress().bigInt() },
  };
}

/** A zod string that must be a strict CIDR (IPv4 or IPv6). */
export const cidrString = z.string().superRefine((text, ctx) => {
  const result = parseCidr(text);
  if (!result.ok) ctx.addIssue({ code: "custom", message: result.reason });
});
