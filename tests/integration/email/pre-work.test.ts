import { describe, expect, it } from "vitest";
import { dayMs } from "../../../app/domain/time";
import { clock } from "../../../app/server/clock.server";
import { dispatchAllDue } from "../../../app/server/email/dispatcher.server";
import { addMaterial } from "../../../app/server/materials.server";
import { createGathering, leaderSpeaking, program, queue, queueInvitations } from "../../helpers/email";
import { useSmtpServer } from "../../helpers/smtp";

describe("pre-work in the invitation and reminder e-mails", () => {
  const mail = useSmtpServer();

  it("a line and the gathering page's address when there is pre-work, nothing otherwise", async () => {
    const startsAt = new Date(clock.nowMs() + 10 * dayMs);
    const endsAt = new Date(startsAt.getTime() + 6 * 3_600_000);
    const [a, b] = [leaderSpeaking("nb", 0), leaderSpeaking("nb", 1)];
    const withWork = createGathering({ title: "Med forarbeid", startsAt, endsAt, invitees: [a.id] });
    const without = createGathering({ title: "Uten forarbeid", startsAt, endsAt, invitees: [b.id] });
    const coordinator = { id: program().contactPersonId!, roles: ["coordinator" as const], organisationId: program().organisationId };
    addMaterial(withWork.gathering, coordinator, { phase: "before", title: "Les før samlingen", url: "https://example.org/les" });
    addMaterial(without.gathering, coordinator, { phase: "after", title: "Lysark", url: "https://example.org/lysark" });
    queueInvitations(withWork.gathering.id, withWork.invitations);
    queueInvitations(without.gathering.id, without.invitations);
    const invitation = withWork.invitations[0]!;
    queue(
      "reminder",
      a.id,
      { gatheringId: withWork.gathering.id, invitationId: invitation.id, daysBefore: 7 },
      `test:pre-work-reminder:${invitation.id}`,
    );
    await dispatchAllDue({ transport: mail.transport, owner: "pre-work" });

    const line = `Det er forarbeid til samlingen. Du finner det på samlingssiden: http://localhost:3000/my/gatherings/${withWork.gathering.id}`;
    const toA = mail.smtp.to(a.email).filter((r) => r.mail.subject?.includes("Med forarbeid"));
    expect(toA.map((r) => r.mail.subject?.split(":")[0]).sort()).toEqual(["Invitasjon", "Påminnelse"]);
    for (const received of toA) {
      expect(received.mail.text).toContain(line);
      expect(received.mail.html).toContain(`href="http://localhost:3000/my/gatherings/${withWork.gathering.id}"`);
    }
    const toB = mail.smtp.to(b.email).find((r) => r.mail.subject?.includes("Uten forarbeid"))!;
    expect(toB.mail.text).not.toContain("forarbeid til samlingen");
  });
});
