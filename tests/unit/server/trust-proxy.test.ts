import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { trustLoopback } from "../../../app/server/trust-proxy.js";

describe("trustLoopback", () => {
  it("trusts what Express's named 'loopback' setting trusts, as Node writes addresses", () => {
    for (const address of ["127.0.0.1", "127.1.2.3", "127.255.255.255", "::1", "::ffff:127.0.0.1", "::FFFF:127.0.0.5"]) {
      expect(trustLoopback(address), address).toBe(true);
    }
  });

  it("trusts no other address, and nothing that only looks like one", () => {
    for (const address of [
      "10.0.0.1",
      "128.0.0.1",
      "1.127.0.0",
      "::2",
      "::ffff:10.0.0.1",
      "fe80::1",
      "127.evil",
      "127.0.0.1.evil",
      "::ffff:127.0.0.1x",
      "",
      "unknown",
    ]) {
      expect(trustLoopback(address), address).toBe(false);
    }
  });

  it("lets Express read the client's address and protocol from a proxy on this machine", async () => {
    const app = express();
    app.set("trust proxy", trustLoopback);
    app.get("/", (req, res) => res.json({ ip: req.ip, protocol: req.protocol, hostname: req.hostname }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: {
          "X-Forwarded-For": "198.51.100.7, 203.0.113.5",
          "X-Forwarded-Proto": "https",
          "X-Forwarded-Host": "samling.example.org",
        },
      });
      // The proxy (this machine) is trusted; the address it was sent by (203.0.113.5) is not a proxy, so the walk stops there.
      expect(await response.json()).toEqual({ ip: "203.0.113.5", protocol: "https", hostname: "samling.example.org" });
    } finally {
      server.close();
    }
  });
});
