import { osloDay } from "../i18n/dates";

/**
 * The one clock. Every "now" and "today" in the app, the seed and the tests comes from here, so a
 * test can fix time and no test depends on the date it runs.
 *
 * `SAMLING_NOW` (an ISO instant) starts the clock at that instant; it then runs on in real time, so a
 * server started with it (browser journeys, the CI run at another date) behaves as it would on that
 * day. Tests freeze it with `setClock`.
 */
type Source = () => number;

const realSource: Source = () => Date.now();

function sourceFromEnvironment(value: string | undefined): Source {
  if (!value) return realSource;
  const start = Date.parse(value);
  if (Number.isNaN(start)) throw new Error(`Invalid configuration: SAMLING_NOW must be an ISO date-time (got "${value}")`);
  const offset = start - Date.now();
  return () => Date.now() + offset;
}

let source: Source = sourceFromEnvironment(process.env.SAMLING_NOW);

export const clock = {
  /** The current instant. */
  now: (): Date => new Date(source()),
  /** The current instant in milliseconds since the epoch. */
  nowMs: (): number => source(),
};

/** Today's calendar date in Oslo (`YYYY-MM-DD`): the only "today". */
export const osloToday = (): string => osloDay(source());

/** Tests: freeze the clock at an instant (null returns to the environment's clock). */
export function setClock(instant: Date | string | null): void {
  if (instant === null) {
    source = sourceFromEnvironment(process.env.SAMLING_NOW);
    return;
  }
  const fixed = +new Date(instant);
  source = () => fixed;
}

/** Tests: move a frozen or running clock forward. */
export function advanceClock(ms: number): void {
  const previous = source;
  source = () => previous() + ms;
}
