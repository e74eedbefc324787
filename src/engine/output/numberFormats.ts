/**
 * Number formats of the output sheets, chosen per cell as the reports write figures (REPORT.md, slot formats):
 * percentages to 2 decimals with trailing zeros dropped (44.75%, 70%, 100%), coefficients to 3 decimals, limits
 * to 2 (0.50), money in whole 元 when it is whole (6,000). Values stay unrounded; only the display is chosen.
 * A value that fails its standard is never shown as the standard: it gets more decimals until it differs.
 */

/** Number formats of RULES.md §7 and REPORT.md. */
export const FORMATS = {
  value: '0.00',
  cv: '0.000',
  limit: '0.00',
  percent: '0.00%',
  integer: '0',
  money: '#,##0.00',
  wholeMoney: '#,##0',
} as const;

/** Most decimals a guarded figure is shown with; beyond that the failing value is truncated, never rounded up. */
const MAX_DECIMALS = 6;

/** `x` rounded half-up (away from zero) to `d` decimals, robust to binary noise such as 1.005. */
export function roundHalfUp(x: number, d: number): number {
  const f = 10 ** d;
  const scaled = Math.abs(x) * f;
  const r = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled));
  return (Math.sign(x) * r) / f;
}

/** Decimals left of `x` at `max` decimals once trailing zeros are dropped: 70.00 → 0, 80.30 → 1, 44.75 → 2. */
export function trimmedDecimals(x: number, max: number): number {
  const r = roundHalfUp(x, max);
  for (let d = 0; d < max; d++) if (roundHalfUp(r, d) === r) return d;
  return max;
}

/** A figure's standard and whether the figure fails it, so that its display never reaches the standard. */
export interface Guard {
  standard: number | null;
  failing: boolean;
}

/**
 * Decimals at which `x` (in display units) no longer reads as `standard` when it fails: 99.977 against 100 needs
 * 3 (99.977), not 2 (99.98) or 1 (100.0). Starts from `decimals`.
 */
export function guardedDecimals(x: number, decimals: number, guard?: Guard): number {
  if (!guard || !guard.failing || guard.standard === null || x >= guard.standard) return decimals;
  let d = decimals;
  while (d < MAX_DECIMALS && roundHalfUp(x, d) >= guard.standard) d++;
  return d;
}

function zeros(d: number): string {
  return d > 0 ? `.${'0'.repeat(d)}` : '';
}

/** A percentage cell (a fraction shown with %): pct2 with trailing zeros dropped, guarded. */
export function percentFormat(v: number | null, guard?: Guard): string {
  if (v === null) return FORMATS.percent;
  const pct = v * 100;
  const std = guard && guard.standard !== null ? { ...guard, standard: guard.standard * 100 } : guard;
  return `0${zeros(guardedDecimals(pct, trimmedDecimals(pct, 2), std))}%`;
}

/** A figure already in percent under a "（%）" header (94.55, 100): 2 decimals, trailing zeros dropped, guarded. */
export function percentPointsFormat(v: number | null, guard?: Guard): string {
  if (v === null) return FORMATS.value;
  return `0${zeros(guardedDecimals(v, trimmedDecimals(v, 2), guard))}`;
}

/** Money in 元: whole 元 with thousands separators when whole (6,000), else to the 分 (6,904.76). */
export function moneyFormat(v: number | null): string {
  return v !== null && Number.isInteger(roundHalfUp(v, 2)) ? FORMATS.wholeMoney : FORMATS.money;
}

/** Digits with a comma every three, for the `#,##0` formats. */
function grouped(s: string): string {
  const [int, frac] = s.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? withCommas : `${withCommas}.${frac}`;
}

/**
 * The text a spreadsheet shows for `v` under one of the formats written here (`0`, `0.00`, `0.0%`, `#,##0.00`…):
 * used to size columns and by tests to read a cell as the statistician sees it.
 */
export function displayText(v: number, format: string | undefined): string {
  if (!format) return String(roundHalfUp(v, 9));
  const f = parsedFormat(format);
  if (!f) return String(v);
  const x = f.percent ? v * 100 : v;
  const neg = roundHalfUp(x, f.decimals) < 0 ? '-' : '';
  const body = Math.abs(roundHalfUp(x, f.decimals)).toFixed(f.decimals);
  return `${neg}${f.grouped ? grouped(body) : body}${f.percent ? '%' : ''}`;
}

/** A number format read once: a sheet measures every cell, and the few formats repeat thousands of times. */
interface ParsedFormat {
  decimals: number;
  percent: boolean;
  grouped: boolean;
}

const parsedFormats = new Map<string, ParsedFormat | null>();

function parsedFormat(format: string): ParsedFormat | null {
  let f = parsedFormats.get(format);
  if (f === undefined) {
    const m = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
    f = m ? { decimals: m[2]?.length ?? 0, percent: m[3] === '%', grouped: m[1] !== undefined } : null;
    // The product writes a dozen formats; a caller passing many others should not grow the map without end.
    if (parsedFormats.size > 1000) parsedFormats.clear();
    parsedFormats.set(format, f);
  }
  return f;
}
