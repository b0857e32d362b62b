import { CHANGE_NO_DATA, CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_ZERO_BASE } from '../analysis/change-between.ts';
import type { ChangeMode } from '../analysis/change-between.ts';
import type { ChangeMessages } from '../i18n/change-messages.ts';
import { formatNumber } from '../i18n/format-number.ts';
import { boundDigits, cssRgb } from './legend-classes.ts';
import { CHANGE_STATUS_COLOURS, changePalette, changeStatusHatched, type ChangeStatus } from './change-colours.ts';

/** One row of the change map's legend: a class of change, or a reason a unit has none. */
export interface ChangeLegendRow {
  /** CSS colour of the swatch. */
  colour: string;
  label: string;
  count: number;
  /** Hatched on the map (a year missing): the swatch is hatched too. */
  hatched: boolean;
  /** 'class' for a class of change, else the status it stands for. */
  kind: 'class' | 'no-first' | 'no-second' | 'no-data' | 'zero-base';
}

const KIND: Record<ChangeStatus, ChangeLegendRow['kind']> = {
  [CHANGE_NO_FIRST]: 'no-first',
  [CHANGE_NO_SECOND]: 'no-second',
  [CHANGE_NO_DATA]: 'no-data',
  [CHANGE_ZERO_BASE]: 'zero-base',
};

/** A signed bound: `+1.5`, `−1.5` (a true minus sign), `0`. */
function signed(x: number, locale: string, digits: number): string {
  const text = formatNumber(Math.abs(x), locale, digits);
  if (Number(text.replace(/[^0-9]/g, '')) === 0) return formatNumber(0, locale, digits);
  return `${x < 0 ? '−' : '+'}${text}`;
}

/**
 * The change map's legend, most negative class first: one row per class (signed bounds, `%` after
 * each in percent mode) with its colour and count, then one row per reason a unit has no change —
 * no data in the first year, in the second, in either, and (percent mode only) a first value of
 * zero — each with its own colour, hatched like the map where a year is missing.
 */
export function changeLegendRows(
  p: {
    bounds: readonly number[];
    perClass: readonly number[];
    perStatus: readonly number[];
    direction: number;
    mode: ChangeMode;
    first: number;
    second: number;
  },
  m: ChangeMessages,
  locale: string,
): ChangeLegendRow[] {
  const k = Math.max(0, p.bounds.length - 1);
  const palette = changePalette({ classCount: k, direction: p.direction });
  const digits = boundDigits(p.bounds);
  const pct = p.mode === 'percent' ? ' %' : '';
  const rows: ChangeLegendRow[] = [];
  for (let c = 0; c < k; c++) {
    const lo = p.bounds[c];
    const hi = p.bounds[c + 1];
    rows.push({
      colour: cssRgb(palette[c]),
      label: lo === hi ? `${signed(lo, locale, digits)}${pct}` : `${signed(lo, locale, digits)} – ${signed(hi, locale, digits)}${pct}`,
      count: p.perClass[c] ?? 0,
      hatched: false,
      kind: 'class',
    });
  }
  const statuses: ChangeStatus[] = [CHANGE_NO_FIRST, CHANGE_NO_SECOND, CHANGE_NO_DATA];
  if (p.mode === 'percent') statuses.push(CHANGE_ZERO_BASE);
  const label: Record<ChangeStatus, string> = {
    [CHANGE_NO_FIRST]: m.noFirst(String(p.first)),
    [CHANGE_NO_SECOND]: m.noSecond(String(p.second)),
    [CHANGE_NO_DATA]: m.noData,
    [CHANGE_ZERO_BASE]: m.zeroBase(String(p.first)),
  };
  for (const s of statuses) {
    rows.push({ colour: CHANGE_STATUS_COLOURS[s], label: label[s], count: p.perStatus[s] ?? 0, hatched: changeStatusHatched(s), kind: KIND[s] });
  }
  return rows;
}
