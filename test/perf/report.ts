/**
 * The bench's output: one row per figure (median [min–max] per app, the Hub/baseline ratio of
 * the medians) and the targets with pass/fail, as a printed table and as JSON.
 */
import { summarize, type Summary } from './stats';

export interface FigureRow {
  figure: string;
  unit: 'kB' | 'ms' | 'MB';
  hub: Summary;
  baseline?: Summary;
  /** Hub median / baseline median. */
  ratio?: number;
}

export interface TargetRow {
  target: string;
  limit: string;
  value: string;
  pass: boolean;
}

const scale = { kB: 1 / 1000, ms: 1, MB: 1 / 1_000_000 };

export function figure(name: string, unit: FigureRow['unit'], hub: number[], baseline?: number[]): FigureRow {
  const toUnit = (samples: number[]) => summarize(samples.map((value) => value * scale[unit]));
  const row: FigureRow = { figure: name, unit, hub: toUnit(hub) };
  if (baseline) {
    row.baseline = toUnit(baseline);
    row.ratio = row.hub.median / row.baseline.median;
  }
  return row;
}

export function ratioTarget(target: string, row: FigureRow, maxRatio: number): TargetRow {
  const ratio = row.ratio ?? NaN;
  return { target, limit: `≤ ${maxRatio.toFixed(1)}×`, value: `${ratio.toFixed(2)}×`, pass: ratio <= maxRatio };
}

export function absoluteTarget(target: string, value: number, max: number, unit: string): TargetRow {
  return { target, limit: `≤ ${max} ${unit}`, value: `${value.toFixed(2)} ${unit}`, pass: value <= max };
}

function show(summary: Summary | undefined, unit: FigureRow['unit']): string {
  if (!summary) return '–';
  const places = unit !== 'ms' ? 1 : summary.median >= 100 ? 0 : 2;
  const value = (n: number) => n.toFixed(places);
  return `${value(summary.median)} [${value(summary.min)}–${value(summary.max)}]`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function formatFigures(rows: FigureRow[]): string {
  return table(
    ['figure', 'unit', 'Hub Portal median [min–max]', 'baseline median [min–max]', 'Hub / baseline'],
    rows.map((row) => [row.figure, row.unit, show(row.hub, row.unit), show(row.baseline, row.unit), row.ratio === undefined ? '–' : `${row.ratio.toFixed(2)}×`]),
  );
}

export function formatTargets(rows: TargetRow[]): string {
  return table(['target', 'limit', 'measured', 'result'], rows.map((row) => [row.target, row.limit, row.value, row.pass ? 'pass' : 'FAIL']));
}
