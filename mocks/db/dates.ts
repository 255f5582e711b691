/** Date helpers for the seed, in UTC so no timezone moves a date-only value. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The day the seed's history is told from: contracts run "until now" relative to it. */
export const SEED_REFERENCE_DATE = '2026-11-01';

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function addYears(isoDate: string, years: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

/** The first anniversary of `start` after `reference`. */
export function nextAnniversary(start: string, reference: string): string {
  let years = 1;
  while (addYears(start, years) <= reference) years++;
  return addYears(start, years);
}
