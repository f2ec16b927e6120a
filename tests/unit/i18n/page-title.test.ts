import { describe, expect, it } from "vitest";
import { pageTitle } from "../../../app/i18n/meta";

type Matches = Parameters<typeof pageTitle>[0];
const matches = (...data: [string, unknown][]) => data.map(([id, d]) => ({ id, data: d })) as unknown as Matches;

describe("page titles", () => {
  it("name the page and the app", () => {
    expect(pageTitle(matches(["root", { locale: "nb" }]), "about.title")).toEqual([{ title: "Om Samling – Samling" }]);
  });

  it("name the programme too on a programme's pages (WCAG 2.4.2)", () => {
    const programme = ["routes/programs.$programId", { program: { id: 1, title: "Ledelse i Fjellby 2025–2027" } }] as [string, unknown];
    expect(pageTitle(matches(["root", { locale: "en" }], programme), "tabs.budget")).toEqual([
      { title: "Grant and budget – Ledelse i Fjellby 2025–2027 – Samling" },
    ]);
  });

  it("name what the page is about and its programme on pages outside the programme's tabs", () => {
    const about = { subject: "Samling 2: Endringsledelse", programme: "Ledelse i Fjellby 2025–2027" };
    expect(pageTitle(matches(["root", { locale: "nb" }]), "attendance.title", undefined, about)).toEqual([
      { title: "Samling 2: Endringsledelse – Oppmøte – Ledelse i Fjellby 2025–2027 – Samling" },
    ]);
    // Before the loader's data is there (an error page), the title still names the page.
    expect(pageTitle(matches(["root", { locale: "nb" }]), "attendance.title", undefined, { subject: undefined })).toEqual([
      { title: "Oppmøte – Samling" },
    ]);
  });
});
