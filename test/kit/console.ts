/**
 * Tests fail on any console.error or console.warn they did not declare, so a new error cannot
 * drown in expected ones. A test that provokes one declares it first:
 *
 *   expectConsoleError(/Boom/);
 *
 * Declared messages stay out of the output, and each must really appear: a declaration that no
 * longer matches anything means the test no longer does what it says.
 */
import { format } from 'node:util';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

type Level = 'error' | 'warn';

interface Expectation {
  level: Level;
  pattern: RegExp;
  seen: boolean;
}

let expectations: Expectation[] = [];
let unexpected: string[] = [];

export function expectConsoleError(pattern: RegExp): void {
  expectations.push({ level: 'error', pattern, seen: false });
}

export function expectConsoleWarning(pattern: RegExp): void {
  expectations.push({ level: 'warn', pattern, seen: false });
}

function record(level: Level, args: unknown[]): void {
  const message = format(...args);
  const expectation = expectations.find((candidate) => candidate.level === level && candidate.pattern.test(message));
  if (expectation) expectation.seen = true;
  else unexpected.push(`console.${level}: ${message}`);
}

/** For test/setup.ts: call before the other afterEach hooks, so it checks after them (hooks run as a stack). */
export function guardConsole(): void {
  let spies: MockInstance[] = [];
  beforeEach(() => {
    expectations = [];
    unexpected = [];
    spies = (['error', 'warn'] as const).map((level) => vi.spyOn(console, level).mockImplementation((...args) => record(level, args)));
  });
  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
    const missing = expectations.filter((expectation) => !expectation.seen).map(({ level, pattern }) => `console.${level} matching ${pattern}`);
    const problems = [...unexpected.map((line) => `unexpected ${line}`), ...missing.map((line) => `expected but not written: ${line}`)];
    if (problems.length > 0) throw new Error(`Console check failed:\n${problems.join('\n')}`);
  });
}

/**
 * react-admin logs every failed call of its data provider (useDataProvider, outside production
 * builds): a test that makes a back-office call fail declares the API error code it expects.
 */
export function expectApiErrorLog(code: string): void {
  expectConsoleError(new RegExp(`code: '${code}'`));
}
