/**
 * What the launcher accepts as a request body before any route sees it: a size limit per route, the
 * two form encodings browsers send, and a bounded number and shape of fields (Conform's parser
 * recurses into `a[0][1]…` names, so deep or numerous names would overflow its stack).
 */

/** Forms are small; the roster upload (5 MB, people.import) gets room for its file and the form. */
export const formBodyLimit = 1024 * 1024;
export const uploadBodyLimit = 6 * 1024 * 1024;
const uploadPaths = new Set(["/people/import"]);

export const maxFields = 2000;
const maxNameLength = 200;
const maxNameDepth = 8;

/** A gathering's materials (files up to 20 MB, materials.server) get room for the file and the form. */
export const materialsBodyLimit = 21 * 1024 * 1024;
const materialsPath = /^\/gatherings\/[1-9][0-9]{0,15}\/materials$/;

export const bodyLimitFor = (pathname: string) =>
  uploadPaths.has(pathname) ? uploadBodyLimit : materialsPath.test(pathname) ? materialsBodyLimit : formBodyLimit;

export type BodyRefusal = { status: 400 | 411 | 413 | 415; message: string };

/** Checks the headers alone: refuses a body that is too large (by its declared length) or of an odd type. */
export function screenBodyHeaders(headers: {
  method: string;
  pathname: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
}): BodyRefusal | null {
  if (["GET", "HEAD", "OPTIONS"].includes(headers.method.toUpperCase())) return null;
  const length = headers.contentLength === undefined ? NaN : Number(headers.contentLength);
  if (headers.transferEncoding !== undefined || (headers.contentLength !== undefined && !/^\d+$/.test(headers.contentLength))) {
    // Browsers send form posts with a length; a body of unknown size is not read.
    return { status: 411, message: "A form post needs a Content-Length" };
  }
  if (length > bodyLimitFor(headers.pathname)) return { status: 413, message: "The request is too large" };
  if (!(length > 0)) return null;
  const type = headers.contentType?.split(";")[0]?.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return null;
  if (type === "multipart/form-data") {
    return /;\s*boundary=("[^"]{1,70}"|[^\s;]{1,70})/i.test(headers.contentType!)
      ? null
      : { status: 400, message: "A multipart form needs a boundary" };
  }
  return { status: 415, message: "Only form posts are accepted" };
}

/** Field names of a urlencoded or multipart body, as far as they matter for the shape check. */
function fieldNames(contentType: string, body: Buffer): string[] | null {
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    const names: string[] = [];
    const text = body.toString("latin1");
    const header = /content-disposition:[^\r\n]*?\bname="([^"]*)"/gi;
    for (let m = header.exec(text); m; m = header.exec(text)) {
      names.push(m[1]!);
      if (names.length > maxFields) break;
    }
    return names;
  }
  const names: string[] = [];
  let start = 0;
  const text = body.toString("latin1");
  while (start <= text.length && names.length <= maxFields) {
    const end = text.indexOf("&", start);
    const pair = text.slice(start, end === -1 ? text.length : end);
    const eq = pair.indexOf("=");
    const raw = eq === -1 ? pair : pair.slice(0, eq);
    if (raw) {
      try {
        names.push(decodeURIComponent(raw.replace(/\+/g, " ")));
      } catch {
        return null;
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  return names;
}

/** Checks a read body: the number of fields and how long and deep their names are. */
export function screenBodyFields(contentType: string | undefined, body: Buffer): BodyRefusal | null {
  if (body.length === 0 || !contentType) return null;
  const names = fieldNames(contentType, body);
  if (names === null) return { status: 400, message: "The form is malformed" };
  if (names.length > maxFields) return { status: 413, message: "The form has too many fields" };
  for (const name of names) {
    if (name.length > maxNameLength || (name.match(/[[.]/g)?.length ?? 0) > maxNameDepth) {
      return { status: 400, message: "The form has a malformed field name" };
    }
  }
  return null;
}

/**
 * Paths carrying a secret (calendar feed tokens, signed RSVP and reflection links) as the log writes
 * them: their route pattern, so the access log holds no credentials.
 */
const tokenRoutes: [RegExp, string][] = [
  [/^\/calendar\/[^/]+\.ics$/, "/calendar/:token.ics"],
  [/^\/calendar\/[^/]+$/, "/calendar/:token"],
  [/^\/rsvp\/[^/]+(\/.*)?$/, "/rsvp/:token"],
  [/^\/r\/[^/]+(\/.*)?$/, "/r/:token"],
  [/^\/unsubscribe\/[^/]+$/, "/unsubscribe/:token"],
];

export function loggedPath(pathname: string): string {
  for (const [pattern, shown] of tokenRoutes) if (pattern.test(pathname)) return shown;
  return pathname;
}
