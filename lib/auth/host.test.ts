import { describe, expect, it } from "vitest";
import { hostAllowed, hostName } from "./host";

describe("local-mode Host allow-list", () => {
  it("reads the name without the port, IPv6 brackets kept", () => {
    expect(hostName("127.0.0.1:3000")).toBe("127.0.0.1");
    expect(hostName("[::1]:3000")).toBe("[::1]");
    expect(hostName("Studio.LAN")).toBe("studio.lan");
  });

  it("answers loopback names on any port", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:8080", "localhost", "app.localhost:3000"]) {
      expect(hostAllowed(host, [])).toBe(true);
    }
  });

  it("refuses a rebound public name, a missing Host, and names that only contain an allowed one", () => {
    expect(hostAllowed("attacker.example:3000", [])).toBe(false);
    expect(hostAllowed(null, [])).toBe(false);
    expect(hostAllowed("localhost.attacker.example:3000", [])).toBe(false);
    expect(hostAllowed("studio.lan.attacker.example", ["studio.lan"])).toBe(false);
  });

  it("answers the names the owner configured", () => {
    expect(hostAllowed("studio.lan:3000", ["studio.lan"])).toBe(true);
    expect(hostAllowed("10.0.0.5:3000", ["studio.lan", "10.0.0.5"])).toBe(true);
  });
});
