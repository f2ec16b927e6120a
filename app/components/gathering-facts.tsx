import { Link } from "@digdir/designsystemet-react";
import { formatDateTime } from "../i18n/dates";
import { useLocale, useT } from "../i18n/react";

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
