import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address as the HTTP server saw it, for sign-in throttling. */
    clientAddress: string;
    /** The server build's hash (set by app/server/main.js): a new deploy never answers 304 for old HTML. */
    buildId?: string;
  }
}
