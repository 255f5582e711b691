/**
 * The mock's notion of "now". Tests move it forward to prove expiry rules (sessions, temporary
 * passwords) without fake timers, which would also freeze MSW's own scheduling.
 */
let offsetMs = 0;

export function now(): number {
  return Date.now() + offsetMs;
}

export function nowIso(): string {
  return new Date(now()).toISOString();
}

/** Moves the mock clock forward (tests only). */
export function advanceClock(ms: number): void {
  offsetMs += ms;
}

export function resetClock(): void {
  offsetMs = 0;
}
