import type { AppLoadContext } from "@remix-run/node";
import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { staticMarkup } from "../../../app/server/static-markup.server";

const forData = { clientAddress: "127.0.0.1" } as AppLoadContext;
const forDocument = () => ({ clientAddress: "127.0.0.1", documentMarkup: new Map<string, string>() }) as AppLoadContext;

describe("staticMarkup", () => {
  it("draws once per source and key, and hands data the HTML with its key", () => {
    const source = { rows: ["a < b"] };
    let drawn = 0;
    const draw = () => {
      drawn += 1;
      return createElement("p", null, source.rows[0]);
    };
    const first = staticMarkup(forData, source, draw);
    expect(first.html).toBe("<p>a &lt; b</p>");
    expect(staticMarkup(forData, source, draw)).toBe(first);
    expect(drawn).toBe(1);
    expect(staticMarkup(forData, source, draw, "other").key).toBe(first.key);
    expect(drawn).toBe(2);
  });

  it("gives a document's render the HTML by key and the data only the key", () => {
    const context = forDocument();
    const markup = staticMarkup(context, {}, () => createElement("p", null, "x"));
    expect(markup).toEqual({ key: expect.any(String) });
    expect([...context.documentMarkup!]).toEqual([[markup.key, "<p>x</p>"]]);
  });

  it("sends empty markup whole, so an empty element never reads as a page drawn without it", () => {
    const context = forDocument();
    const markup = staticMarkup(context, {}, () => createElement(Fragment));
    expect(markup.html).toBe("");
    expect(context.documentMarkup!.size).toBe(0);
  });
});
