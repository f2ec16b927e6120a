import { createElement, Suspense } from "react";
import { describe, expect, it } from "vitest";
import { streamDocument } from "../../../app/server/document-stream.server";

const pendingTimers = () => process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
const options = (wholeDocument: boolean) => ({ nonce: "n0nce", wholeDocument, status: 200, headers: new Headers() });

/** A section waiting for data (React 18 suspends on a thrown promise), and the call that delivers it. */
function deferredSection() {
  let text: string | undefined;
  let arrive!: () => void;
  const later = new Promise<void>((resolve) => (arrive = resolve));
  const Section = () => {
    if (text === undefined) throw later;
    return createElement("span", null, text);
  };
  const element = createElement(Suspense, { fallback: "…" }, createElement(Section));
  return { element, arrive: (value: string) => ((text = value), arrive()) };
}

describe("streamDocument", () => {
  it("sends the page and leaves no timer behind once it is rendered", async () => {
    const before = pendingTimers();
    const response = await streamDocument(createElement("p", null, "Hei"), options(false));
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("<p>Hei</p>");
    // The abort timer held the finished render in memory for six seconds after every answer.
    expect(pendingTimers()).toBe(before);
  });

  it("keeps the abort timer while deferred data is still streaming, and clears it when it arrives", async () => {
    const { element, arrive } = deferredSection();
    const before = pendingTimers();
    const response = await streamDocument(element, options(false));
    expect(pendingTimers()).toBe(before + 1);
    arrive("Fram");
    expect(await response.text()).toContain("Fram");
    expect(pendingTimers()).toBe(before);
  });

  it("sends the whole document at once when asked (crawlers)", async () => {
    const { element, arrive } = deferredSection();
    let answered = false;
    const response = streamDocument(element, options(true)).then((r) => {
      answered = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    arrive("Fram");
    const html = await (await response).text();
    expect(html).toContain("<span>Fram</span>");
    expect(html).not.toContain("…");
  });
});
