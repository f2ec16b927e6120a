import { sign, unsign } from "./tokens.server";

/**
 * The link in a feedback request e-mail: signed, naming one gathering and one person. It does not
 * answer anything by itself (the form does, signed in, with its own once-only rule), so it needs no
 * stored state or expiry; opened by someone else, it says so rather than showing them a form.
 */
export const feedbackLinkToken = (gatheringId: number, personId: number) => sign(`feedback.${gatheringId}.${personId}`);

export const feedbackLinkPath = (token: string) => `/f/${token}`;

export function readFeedbackLinkToken(token: string): { gatheringId: number; personId: number } | null {
  const match = unsign(token)?.match(/^feedback\.(\d+)\.(\d+)$/);
  return match ? { gatheringId: Number(match[1]), personId: Number(match[2]) } : null;
}
