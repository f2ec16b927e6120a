import type { EmailKind } from "./email-kinds";
import type { Role } from "./enums";

/**
 * The optional e-mails, in groups a person turns on or off (notification preferences, and the
 * one-click List-Unsubscribe link each optional e-mail carries). Every other kind is essential —
 * invitations, changes, cancellations, account and sign-in messages — and cannot be turned off.
 */
export const notificationCategories = ["reflection_reminders", "gathering_reminders", "consultation_reminders", "weekly_digest"] as const;
export type NotificationCategory = (typeof notificationCategories)[number];

export const categoryKinds: Record<NotificationCategory, readonly EmailKind[]> = {
  reflection_reminders: ["reflection_reminder", "reflection_prompt_reminder"],
  gathering_reminders: ["reminder"],
  consultation_reminders: ["consultation_deadline_reminder"],
  weekly_digest: ["weekly_digest"],
};

/** Whether a category is on for someone who never chose (an opt-in category would say false). */
export const categoryDefault: Record<NotificationCategory, boolean> = {
  reflection_reminders: true,
  gathering_reminders: true,
  consultation_reminders: true,
  // On: it goes only when there is something to follow up, and a missing roll-call is otherwise easily forgotten.
  weekly_digest: true,
};

/** Categories only some roles receive (everyone else is not offered them on the preferences page). */
const categoryAudience: Partial<Record<NotificationCategory, Role>> = { weekly_digest: "coordinator" };

/** The categories a person with these roles can receive, and so choose. */
export const categoriesFor = (roles: readonly Role[]): NotificationCategory[] =>
  notificationCategories.filter((c) => {
    const audience = categoryAudience[c];
    return !audience || roles.includes(audience);
  });

export function categoryOf(kind: string): NotificationCategory | null {
  for (const category of notificationCategories) {
    if ((categoryKinds[category] as readonly string[]).includes(kind)) return category;
  }
  return null;
}

export const isNotificationCategory = (value: string): value is NotificationCategory =>
  (notificationCategories as readonly string[]).includes(value);
