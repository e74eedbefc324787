/**
 * Turning results and settings into the text of the pane's fields and cells, and back.
 * Kept apart from the components so the rules are plain functions.
 */
import type { SettingDef } from '../engine/settings';

/** A coefficient of variation as the output sheets show it (3 decimals); a dash when it cannot be computed. */
export function formatCoefficient(cv: number | null): string {
  return cv === null ? '—' : cv.toFixed(3);
}

/** Removes binary noise such as 0.15 × 100 = 15.000000000000002 without rounding a figure the user typed. */
function tidy(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** The text a number or percent setting shows in its field: percents as percent points (0.95 → "95"). */
export function settingText(def: SettingDef, value: number | boolean | string): string {
  if (def.kind === 'percent' && typeof value === 'number') return tidy(value * 100);
  if (typeof value === 'number') return tidy(value);
  return String(value);
}

/**
 * Reads a number or percent field back: "95" → 0.95 for a percent setting. Full-width digits and thousands
 * separators are accepted, as on the sheets; anything else (or a negative figure) gives null.
 */
export function parseSettingText(def: SettingDef, text: string): number | null {
  const cleaned = text
    .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s%％]/g, '');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return def.kind === 'percent' ? Number((n / 100).toPrecision(12)) : n;
}
