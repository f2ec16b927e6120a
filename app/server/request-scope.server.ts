import { keptUpTo } from "./kept.server";

/**
 * The launcher (app/server/main.js) numbers every request it hands to Remix in this header, replacing
 * any a client sent. The loaders of a page view (the root, a layout, the page) may each be handed
 * their own copy of the Request (after an action, or with an `index` parameter), and the header is
 * what the copies share.
 */
export const requestIdHeader = "x-samling-request-id";

let launcherNumbers = false;

/**
 * Called by the launcher at start. Only then is the header believed: the Vite dev server and scripts
 * pass a client's headers on as they came.
 */
export function trustRequestNumbers() {
  launcherNumbers = true;
}

/**
 * `compute` done once per page view rather than once per loader: its result is shared by the loaders
 * of one numbered GET or HEAD request. Not for a post's action, which may change what it reads (a
 * sign-in, a sign-out); the loaders Remix runs after that action get a GET copy of the request and
 * share one lookup, made once the action has finished. Nor for a request the launcher did not number.
 */
export function oncePerRequest<T>(compute: (request: Request) => T): (request: Request) => T {
  // The loaders of a request all start together; ids are never reused, so the oldest just go.
  const recent = keptUpTo<string, T>(256);
  return (request) => {
    const id = launcherNumbers ? request.headers.get(requestIdHeader) : null;
    if (id === null || (request.method !== "GET" && request.method !== "HEAD")) return compute(request);
    return recent.get(id, () => compute(request));
  };
}
