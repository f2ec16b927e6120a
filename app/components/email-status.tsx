import { Tag } from "@digdir/designsystemet-react";
import type { emailStatuses } from "../domain/enums";
import { emailKinds, type EmailKind } from "../domain/email-kinds";
import type { MessageKey } from "../i18n/catalog";
import { useT } from "../i18n/react";

const colors = { queued: "info", sending: "info", sent: "success", failed: "danger", skipped: "neutral" } as const;

/** An outbox message's status, coloured so failures stand out (the text says it too). */
export function StatusTag({ status }: { status: (typeof emailStatuses)[number] }) {
  const t = useT();
  return <Tag data-color={colors[status]}>{t(`outbox.status.${status}`)}</Tag>;
}

/** The name of a kind of e-mail; a kind this version does not know shows as "Kind". */
export const kindLabel = (kind: string): MessageKey =>
  (emailKinds as readonly string[]).includes(kind) ? `outbox.kind.${kind as EmailKind}` : "outbox.col.kind";
