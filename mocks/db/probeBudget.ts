/**
 * How many addresses each staff member checked in bulk dry runs within the hour: a dry run is a
 * cheap way to ask "does this address have an account?", so it is bounded per person.
 * In memory only: a rate limit, not data.
 */
import { now } from './clock';
import { config } from './config';

const HOUR = 3_600_000;
const windows = new Map<number, { startedAt: number; items: number }>();

/** Spends `items` of the staff member's budget; returns the seconds to wait instead when it does not fit. */
export function spendDryRunItems(staffId: number, items: number): { retryAfterSeconds: number } | null {
  const current = windows.get(staffId);
  const window = current && now() - current.startedAt < HOUR ? current : { startedAt: now(), items: 0 };
  if (window.items + items > config.maxDryRunItemsPerHour) return { retryAfterSeconds: Math.ceil((window.startedAt + HOUR - now()) / 1000) };
  windows.set(staffId, { ...window, items: window.items + items });
  return null;
}

export function resetProbeBudgets(): void {
  windows.clear();
}
