import { Alert } from "@digdir/designsystemet-react";
import type { MessageKey } from "../i18n/catalog";
import { useT } from "../i18n/react";

/** The one-time message of the change just made (app/server/flash.server.ts), at the top of the page. */
export function FlashAlert({ message }: { message: { key: MessageKey; values?: Record<string, string | number> } }) {
  const t = useT();
  return (
    <Alert data-color="success" role="status">
      {t(message.key, message.values)}
    </Alert>
  );
}
