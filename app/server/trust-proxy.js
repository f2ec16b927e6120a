import { isIP } from "node:net";

/**
 * Express's `trust proxy` for a proxy on this machine, as its "loopback" setting (127.0.0.0/8, ::1,
 * and 127.x mapped into IPv6), but as a function: Express parses the socket's address with ipaddr.js
 * again for each of req.ip, req.protocol and req.hostname under the named setting, about 2–3 % of a
 * page's CPU. Addresses as Node writes them; any other spelling is not trusted.
 */
export function trustLoopback(address) {
  const family = isIP(address);
  if (family === 4) return address.startsWith("127.");
  return family === 6 && (address === "::1" || /^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address));
}
