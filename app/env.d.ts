import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address as the HTTP server saw it, for sign-in throttling. */
    clientAddress: string;
    /** The server build's hash (set by app/server/main.js): a new deploy never answers 304 for old HTML. */
    buildId?: string;
    /**
     * Set by the launcher for a request answered with a document (HTML), not for data (a `.data`
     * path or a `_data` parameter, as Remix tells them): the markup its loaders drew (staticMarkup,
     * by key), drawn into the page once instead of also being sent inside the hydration data.
     */
    documentMarkup?: Map<string, string>;
  }
}
