import type { rsvpStatuses } from "../../db/schema";
import { getConfig } from "./config.server";
import { sign, unsign } from "./tokens.server";

export type RsvpAnswer = Extract<(typeof rsvpStatuses)[number], "accepted" | "declined">;

/**
 * The link in an invitation e-mail that records an answer without signing in. It is signed, names
 * one invitation and one answer, and stays valid until the gathering starts (checked on use).
 */
export const rsvpUrl = (invitationId: number, answer: RsvpAnswer) => `${getConfig().appUrl}/rsvp/${sign(`${invitationId}.${answer}`)}`;

export function readRsvpToken(token: string): { invitationId: number; answer: RsvpAnswer } | null {
  const value = unsign(token);
  const match = value?.match(/^(\d+)\.(accepted|declined)$/);
  return match ? { invitationId: Number(match[1]), answer: match[2] as RsvpAnswer } : null;
}
