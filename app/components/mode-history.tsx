import { Details } from "@digdir/designsystemet-react";
import { formatDate } from "../i18n/dates";
import { useLocale, useT } from "../i18n/react";
import type { participationModes } from "../domain/enums";

type Mode = (typeof participationModes)[number];
type Change = { fromMode: Mode | null; toMode: Mode; at: Date; by: string | null };

/** Every change of a representative's participation mode, newest first, with date and who made it. */
export function ModeHistory({ history }: { history: readonly Change[] }) {
  const t = useT();
  const locale = useLocale();
  // Wrapped, so a surrounding Card keeps its padding (Designsystemet drops it around a bare Details).
  return (
    <div>
      <Details>
        <Details.Summary>{t("union.history", { count: history.length })}</Details.Summary>
        <Details.Content>
          <ul>
            {history.map((h, i) => (
              <li key={i}>
                {formatDate(h.at, locale)}: {h.fromMode ? `${t(`participation.${h.fromMode}`)} → ` : ""}
                {t(`participation.${h.toMode}`)}
                {h.by && <span className="muted"> ({h.by})</span>}
              </li>
            ))}
          </ul>
        </Details.Content>
      </Details>
    </div>
  );
}
