/**
 * The bench's output: per scenario, the medians [min–max] of both sides for time, JS and JS
 * files (and the heap where measured), their ratio, and the target with ✓/✗ for time
 * and JS. One list of rows, printed as a table and written as JSON.
 */
import type { LoadFigures } from './pageLoad';
import type { Scenario } from './scenarios';
import { summarize, type Summary } from './stats';

export interface Samples {
  measured: LoadFigures[];
  counterpart: LoadFigures[];
  /** The scenario's stack limit page, where it has one. */
  stackLimit: LoadFigures[];
}

export interface Row {
  scenario: string;
  profile: string;
  figure: 'time' | 'JS' | 'JS files' | 'heap';
  unit: 'ms' | 'kB' | 'files' | 'MB';
  measured: { label: string } & Summary;
  counterpart: { label: string } & Summary;
  /** measured median / counterpart median. */
  ratio: number;
  target?: number;
  pass?: boolean;
}

const figures = [
  { figure: 'time', key: 'readyMs', unit: 'ms', scale: 1 },
  { figure: 'JS', key: 'jsBytes', unit: 'kB', scale: 1 / 1000 },
  { figure: 'JS files', key: 'jsFiles', unit: 'files', scale: 1 },
  { figure: 'heap', key: 'heapBytes', unit: 'MB', scale: 1 / 1_000_000 },
] as const;

/** The rows against the counterpart, then (without a target) those against the stack limit app. */
export function rowsOf(scenario: Scenario, samples: Samples): Row[] {
  const { stackLimit } = scenario;
  const versusStack = stackLimit ? rowsAgainst({ ...scenario, counterpart: stackLimit, target: { time: Infinity, js: Infinity } }, samples.measured, samples.stackLimit) : [];
  return [...rowsAgainst(scenario, samples.measured, samples.counterpart), ...versusStack.map(({ target: _none, pass: _noTarget, ...row }) => row)];
}

function rowsAgainst(scenario: Scenario, measuredLoads: LoadFigures[], counterpartLoads: LoadFigures[]): Row[] {
  return figures.flatMap(({ figure, key, unit, scale }) => {
    const values = (loads: LoadFigures[]) => loads.flatMap((load) => (load[key] === undefined ? [] : [load[key] * scale]));
    const [measured, counterpart] = [values(measuredLoads), values(counterpartLoads)];
    if (measured.length === 0 || counterpart.length === 0) return [];
    const row: Row = {
      scenario: scenario.title,
      profile: scenario.profile.name,
      figure,
      unit,
      measured: { label: scenario.measured.label, ...summarize(measured) },
      counterpart: { label: scenario.counterpart.label, ...summarize(counterpart) },
      ratio: summarize(measured).median / summarize(counterpart).median,
    };
    const target = figure === 'time' ? scenario.target.time : figure === 'JS' ? scenario.target.js : undefined;
    return target === undefined ? [row] : [{ ...row, target, pass: row.ratio <= target }];
  });
}

function show(summary: Summary, unit: Row['unit']): string {
  const places = unit === 'kB' || unit === 'MB' ? 1 : 0;
  const value = (n: number) => n.toFixed(places);
  return `${value(summary.median)} [${value(summary.min)}–${value(summary.max)}]`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatRows(rows: Row[]): string {
  return table(
    ['scenario', 'profile', 'figure', 'unit', 'measured median [min–max]', 'counterpart median [min–max]', 'ratio', 'target', ''],
    rows.map((row) => [
      row.scenario,
      row.profile,
      row.figure,
      row.unit,
      `${row.measured.label}: ${show(row.measured, row.unit)}`,
      `${row.counterpart.label}: ${show(row.counterpart, row.unit)}`,
      `${row.ratio.toFixed(2)}×`,
      row.target === undefined ? '' : `≤ ${row.target}×`,
      row.pass === undefined ? '' : row.pass ? '✓' : '✗',
    ]),
  );
}
