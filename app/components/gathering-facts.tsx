import { Link, Paragraph } from "@digdir/designsystemet-react";
import { formatDateTime, formatTime, osloDay } from "../i18n/dates";
import { useLocale, useT } from "../i18n/react";
import { Section } from "./page-parts";

/** "ons. 2. desember 2026 09:00 – tor. 3. desember 2026 15:00", in Oslo time. */
export function GatheringWhen({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }) {
  const locale = useLocale();
  return (
    <>
      {formatDateTime(startsAt, locale)} – {formatDateTime(endsAt, locale)}
    </>
  );
}

/** Venue and address, or "online"; with the meeting link when there is one. */
export function GatheringPlace({ venueName, venueAddress, onlineUrl }: { venueName: string; venueAddress: string; onlineUrl: string }) {
  const t = useT();
  return (
    <>
      {[venueName, venueAddress].filter(Boolean).join(", ") || t("gatherings.online")}
      {onlineUrl && (
        <>
          {" · "}
          <Link href={onlineUrl}>{t("gatherings.joinLink")}</Link>
        </>
      )}
    </>
  );
}

/**
 * When, where and the theme, as the first terms of a page's `<dl className="facts">`: the coordinator's
 * and the invitee's gathering pages show the same facts under their own headings (`labels`).
 */
export function GatheringBasics({
  gathering: g,
  labels,
}: {
  gathering: { startsAt: Date; endsAt: Date; venueName: string; venueAddress: string; onlineUrl: string; theme: string | null };
  labels: { when: string; where: string; theme: string };
}) {
  return (
    <>
      <dt>{labels.when}</dt>
      <dd>
        <GatheringWhen startsAt={g.startsAt} endsAt={g.endsAt} />
      </dd>
      <dt>{labels.where}</dt>
      <dd>
        <GatheringPlace {...g} />
      </dd>
      {g.theme && (
        <>
          <dt>{labels.theme}</dt>
          <dd>{g.theme}</dd>
        </>
      )}
    </>
  );
}

/**
 * The gathering's programme, item by item: the time (with the day when the gathering spans several days),
 * the title and who leads it. The coordinator's and the invitee's gathering pages each pass their own
 * section id, title and empty text.
 */
export function AgendaSection({
  id,
  title,
  emptyText,
  gathering: g,
  agenda,
}: {
  id: string;
  title: string;
  emptyText: string;
  gathering: { startsAt: Date; endsAt: Date };
  agenda: { id: number; startsAt: Date; title: string; facilitator: string | null }[];
}) {
  const locale = useLocale();
  const multiDay = osloDay(g.startsAt) !== osloDay(g.endsAt);
  return (
    <Section id={id} title={title}>
      {agenda.length === 0 ? (
        <Paragraph>{emptyText}</Paragraph>
      ) : (
        <ul className="agenda">
          {agenda.map((a) => (
            <li key={a.id}>
              <strong>{multiDay ? formatDateTime(a.startsAt, locale) : formatTime(a.startsAt)}</strong> {a.title}
              {a.facilitator && <span className="muted"> — {a.facilitator}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
