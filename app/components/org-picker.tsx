import { Button, Label, Select } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useT } from "../i18n/react";

/** For administrators: which organisation the page works in (a plain GET form, so it works without JavaScript). */
export function OrgPicker({ organisations, current }: { organisations: readonly { id: number; name: string }[]; current: number }) {
  const t = useT();
  return (
    <Form method="get" className="row-actions">
      <Label htmlFor="org-picker">{t("organisation.workIn")}</Label>
      <Select id="org-picker" name="org" defaultValue={String(current)} width="auto">
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
      <Button type="submit" variant="secondary" data-size="sm">
        {t("organisation.switch")}
      </Button>
    </Form>
  );
}
