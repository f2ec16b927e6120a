import { Button, Card, Fieldset, Heading, Input, Label, Link, Paragraph, Select, Tag } from "@digdir/designsystemet-react";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link as RemixLink, useLoaderData } from "@remix-run/react";
import { DiffText } from "../components/direction";
import { Section } from "../components/page-parts";
import type { DiffMode } from "../domain/direction";
import { pageTitle } from "../i18n/meta";
import { useT } from "../i18n/react";
import { requireDirectionAccess } from "../server/direction-access.server";
import { compareVersions, directionOverview } from "../server/direction-queries.server";
import { notFound } from "../server/guards.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "direction.compareTitle");

const modes: DiffMode[] = ["words", "lines"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireDirectionAccess(request, params.programId, "read");
  const numbers = directionOverview(access.programId, access.canEdit).versions.map((v) => v.number);
  const query = new URL(request.url).searchParams;
  const pick = (name: string, fallback: number | undefined) => {
    const raw = query.get(name);
    if (raw === null || raw === "") return fallback;
    const n = Number(raw);
    if (!numbers.includes(n)) throw notFound();
    return n;
  };
  // Newest first: by default, what the latest version changed from the one before it.
  const to = pick("to", numbers[0]);
  const from = pick("from", numbers[1]);
  const mode: DiffMode = query.get("mode") === "lines" ? "lines" : "words";
  const sections = from !== undefined && to !== undefined ? compareVersions(access.programId, from, to, mode, access.canEdit) : null;
  return { programId: access.programId, numbers, from, to, mode, sections };
}

export default function CompareVersions() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const changed = data.sections?.filter((s) => s.change !== "unchanged").length ?? 0;
  return (
    <div className="stack">
      <Heading level={2} data-size="md">
        {t("direction.compareTitle")}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RemixLink to={`/programs/${data.programId}/direction`}>{t("direction.allVersions")}</RemixLink>
        </Link>
      </Paragraph>
      {data.numbers.length < 2 ? (
        <Paragraph>{t("direction.compareNeedsTwo")}</Paragraph>
      ) : (
        <Form method="get" className="compare-form">
          {(["from", "to"] as const).map((name) => (
            <div className="ds-field" key={name}>
              <Label htmlFor={`compare-${name}`}>{t(`direction.compare.${name}`)}</Label>
              <Select id={`compare-${name}`} name={name} defaultValue={String(data[name])}>
                {data.numbers.map((n) => (
                  <Select.Option key={n} value={n}>
                    {t("direction.versionN", { n })}
                  </Select.Option>
                ))}
              </Select>
            </div>
          ))}
          <Fieldset>
            <Fieldset.Legend>{t("direction.compare.mode")}</Fieldset.Legend>
            {modes.map((mode) => (
              <div className="ds-field" data-position="start" key={mode}>
                <Input type="radio" id={`mode-${mode}`} name="mode" value={mode} defaultChecked={data.mode === mode} />
                <Label htmlFor={`mode-${mode}`} weight="regular">
                  {t(`direction.compare.${mode}`)}
                </Label>
              </div>
            ))}
          </Fieldset>
          <div>
            <Button type="submit" variant="secondary">
              {t("direction.compare.show")}
            </Button>
          </div>
        </Form>
      )}
      {data.sections && (
        <Section id="diff-title" level={3} title={t("direction.compare.result", { from: data.from ?? "", to: data.to ?? "" })}>
          <Paragraph data-size="sm" className="muted">
            {t("direction.compare.legend")} {t("direction.compare.changedCount", { count: changed })}
          </Paragraph>
          {data.sections.map((section) => (
            <Card key={section.key} data-color="neutral" className="stack">
              <div>
                <Heading level={4} data-size="xs">
                  {section.title}
                </Heading>
                <Tag data-color={section.change === "unchanged" ? "neutral" : section.change === "removed" ? "danger" : "info"}>
                  {t(`direction.change.${section.change}`)}
                </Tag>
              </div>
              {section.previousTitle && (
                <Paragraph data-size="sm">{t("direction.compare.renamed", { title: section.previousTitle })}</Paragraph>
              )}
              {section.change === "unchanged" ? (
                <Paragraph data-size="sm" className="muted">
                  {t("direction.compare.noChanges")}
                </Paragraph>
              ) : (
                <DiffText parts={section.body} />
              )}
            </Card>
          ))}
        </Section>
      )}
    </div>
  );
}
