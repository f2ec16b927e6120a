import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useT } from "../i18n/react";

type Material = { id: number; phase: "before" | "after"; title: string; url: string | null; size: number | null; href: string };

/**
 * A gathering's materials under "Materials": pre-work, then what came after; files are downloads
 * (with their size), links open the address. `action` adds a control per material (removal).
 */
export function MaterialList({ materials, action }: { materials: Material[]; action?: (m: Material) => ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby="materials" className="stack">
      <Heading level={2} data-size="md" id="materials">
        {t("participantPages.materials.title")}
      </Heading>
      {materials.length === 0 && <Paragraph>{t("participantPages.materials.none")}</Paragraph>}
      {(["before", "after"] as const).map((phase) => {
        const list = materials.filter((m) => m.phase === phase);
        if (!list.length) return null;
        return (
          <div key={phase} className="stack">
            <Heading level={3} data-size="xs" id={`materials-${phase}`}>
              {t(`participantPages.materials.${phase}`)}
            </Heading>
            <ul aria-labelledby={`materials-${phase}`}>
              {list.map((m) => (
                <li key={m.id}>
                  <Link href={m.href} download={m.url ? undefined : true}>
                    {m.title}
                  </Link>{" "}
                  <span className="muted">
                    (
                    {m.size === null
                      ? t("participantPages.materials.link")
                      : t("participantPages.materials.size", { size: Math.max(1, Math.round(m.size / 1024)) })}
                    )
                  </span>
                  {action && <> {action(m)}</>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
