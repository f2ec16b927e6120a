/**
 * The one way server code says "refused": a business rule said no. Thrown inside a transaction it
 * rolls everything back. `key` is a message-catalogue key; `field` names the form field it belongs
 * next to (none: the whole form); `status` is the HTTP status the route answers with. Routes turn it
 * into `submission.reply()` (app/server/forms.server.ts); anything else that is thrown is a bug.
 */
export class RuleViolation extends Error {
  override name = "RuleViolation";

  constructor(
    readonly key: string,
    readonly status = 409,
    readonly field?: string,
  ) {
    super(key);
  }
}

/** Throws a RuleViolation when a rule check found a problem (`key`), for checks that return one. */
export function violate(key: string | null | undefined, status = 409, field?: string): void {
  if (key) throw new RuleViolation(key, status, field);
}
