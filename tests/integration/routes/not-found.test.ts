import { describe, expect, it } from "vitest";
import * as notFound from "../../../app/routes/$";
import * as root from "../../../app/root";
import { callLoader, signInAs } from "../../helpers/routes";

describe("an address no route answers", () => {
  it("is a 404, for visitors and signed-in users alike", async () => {
    expect((await callLoader(notFound.loader, "/finnes-ikke")).status).toBe(404);
    const cookie = await signInAs("coordinator@example.org");
    expect((await callLoader(notFound.loader, "/finnes-ikke", { cookie })).status).toBe(404);
  });

  it("gets a page title naming the error, in the user's language", () => {
    // What Remix hands meta() for a thrown 404 response.
    const error = { status: 404, statusText: "Not Found", internal: false, data: "Not Found" };
    const title = (locale: string) =>
      root.meta({ error, matches: [{ id: "root", data: { locale } }] } as unknown as Parameters<typeof root.meta>[0]);
    expect(title("en")).toEqual([{ title: "Page not found – Samling" }]);
    expect(title("nb")).toEqual([{ title: "Fant ikke siden – Samling" }]);
    expect(root.meta({ error: new Error("boom"), matches: [] } as unknown as Parameters<typeof root.meta>[0])).toEqual([
      { title: "Noe gikk galt hos oss – Samling" },
    ]);
  });
});
