import { describe, expect, it } from "vitest";
import * as newGathering from "../../../app/routes/programs.$programId.gatherings_.new";
import { copyGatheringDefaults } from "../../../app/domain/gathering-form";
import { clock } from "../../../app/server/clock.server";
import { dayMs } from "../../../app/domain/time";
import { osloDay } from "../../../app/i18n/dates";
import { callLoader, signInAs } from "../../helpers/routes";
import { createGathering, leaderSpeaking } from "../../helpers/email";
import { elvik, fjellby, lookup } from "../../helpers/lookups";

describe("copying a gathering", () => {
  it("fills the new-gathering form from the gathering, moved to the new start date", async () => {
    const startsAt = new Date(clock.nowMs() + 30 * dayMs);
    const { gathering } = createGathering({
      title: "Samling til kopiering",
      capacity: 12,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 3_600_000),
      invitees: [leaderSpeaking("nb").id],
    });
    const program = lookup.program(fjellby);
    const target = osloDay(clock.nowMs() + 100 * dayMs);
    const cookie = await signInAs("coordinator@example.org");
    const page = await callLoader(newGathering.loader, `/programs/${program.id}/gatherings/new?copy=${gathering.id}&date=${target}`, {
      cookie,
      params: { programId: String(program.id) },
    });
    expect(page.status).toBe(200);
    const { defaults, copied } = page.data;
    expect(copied).toBe(true);
    expect(defaults).toMatchObject({ title: "Samling til kopiering", capacity: "12", venueName: "Fjellby hotell", startDate: target });
    // Two days long, as the original; the agenda moves with it.
    expect(defaults.endDate).toBe(osloDay(Date.parse(`${target}T12:00:00Z`) + dayMs));
    expect(defaults.agenda.filter((a: { title?: string }) => a.title).map((a: { date: string }) => a.date)).toEqual([target, target]);

    const foreign = lookup.program(elvik);
    const refused = await callLoader(newGathering.loader, `/programs/${program.id}/gatherings/new?copy=${gathering.id}`, {
      cookie: await signInAs("coordinator@elvik.example.org"),
      params: { programId: String(foreign.id) },
    });
    expect(refused.status).toBe(404);
  });

  it("leaves the dates empty without a valid new date", () => {
    const input = {
      title: "A",
      theme: "",
      kind: "gathering" as const,
      startsAt: new Date(Date.UTC(2030, 0, 7, 8)),
      endsAt: new Date(Date.UTC(2030, 0, 7, 14)),
      venueName: "",
      venueAddress: "",
      onlineUrl: "",
      capacity: null,
      cohortIds: [],
      extraInviteeIds: [],
      facilitatorIds: [],
      agenda: [],
    };
    expect(copyGatheringDefaults(input, "not-a-date")).toMatchObject({ startDate: "", endDate: "", startTime: "09:00", endTime: "15:00" });
    expect(copyGatheringDefaults(input, "2030-03-04")).toMatchObject({ startDate: "2030-03-04", endDate: "2030-03-04" });
  });
});
