import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address as the HTTP server saw it, for sign-in throttling. */
    clientAddress: string;
  }
}
