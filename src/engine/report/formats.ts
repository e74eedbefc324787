/**
 * The slot formats of REPORT.md: figures written as the counties' reports write them. Rounding is half-up; a
 * failing value is never written as (or past) its standard: it gets more decimals until it reads as failing.
 */

/** Most decimals a guarded figure may take before it is cut rather than rounded. */
const MAX_DECIMALS = 6;

/** `x` rounded half-up to `d` decimals (decimal, not binary: 0.445 → 0.45 at 2). */
export function roundHalfUp(x: number, d: number): number {
  const scale = 10 ** d;
  // 1.005 × 100 is 100.49999999999999 in binary; a relative nudge of 1e-12 puts such decimal halves back up.
  return (Math.sign(x) * Math.round(Math.abs(x) * scale * (1 + 1e-12))) / scale;
}

/** `x` cut (towards zero) to `d` decimals. */
function truncate(x: number, d: number): number {
  const scale = 10 ** d;
  return (Math.sign(x) * Math.floor(Math.abs(x) * scale * (1 + 1e-12))) / scale;
}

/** A number at `d` decimals with trailing zeros (and a bare point) dropped: 70.00 → "70", 80.30 → "80.3". */
export function trimmed(x: number, d: number): string {
  const s = roundHalfUp(x, d).toFixed(d);
  return d > 0 ? s.replace(/\.?0+$/, '') : s;
}

/**
 * How a figure relates to its standard, so the display cannot contradict the verdict: `min` for "≥ standard",
 * `max` for "≤ standard", `below` for "< standard". `pass` is the engine's verdict on the raw value.
 */
export interface Guard {
  standard: number;
  rule: 'min' | 'max' | 'below';
  pass: boolean;
}

/** Whether a displayed number would read as meeting the standard. */
function readsAsPass(shown: number, g: Guard): boolean {
  if (g.rule === 'min') return shown >= g.standard - 1e-12;
  if (g.rule === 'max') return shown <= g.standard + 1e-12;
  return shown < g.standard - 1e-12;
}

/**
 * `x` at `d` decimals, trailing zeros dropped; with a guard, a failing value takes more decimals until it no longer
 * reads as meeting its standard (99.977% at 1 decimal is "99.98", never "100"), and past MAX_DECIMALS it is cut.
 */
export function guardedNumber(x: number, d: number, g?: Guard, keepZeros = false): string {
  const show = (k: number): string => {
    const s = roundHalfUp(x, k).toFixed(k);
    return keepZeros || k === 0 ? s : s.replace(/\.?0+$/, '');
  };
  if (!g || g.pass) return show(d);
  for (let k = d; k <= MAX_DECIMALS; k++) {
    if (!readsAsPass(roundHalfUp(x, k), g)) return show(k);
  }
  const cut = truncate(x, MAX_DECIMALS).toFixed(MAX_DECIMALS);
  return keepZeros ? cut : cut.replace(/\.?0+$/, '');
}

/** A fraction as a percentage: 0.447541 → "44.75%" at 2 decimals. The guard's standard is a fraction too. */
export function pct(fraction: number, decimals: number, guard?: Guard): string {
  const g = guard ? { ...guard, standard: guard.standard * 100 } : undefined;
  return `${guardedNumber(fraction * 100, decimals, g)}%`;
}

/** A coefficient to exactly 3 decimals: 0.3794 → "0.379"; a failing one more if 3 would read as passing. */
export function cv3(x: number, guard?: Guard): string {
  return guardedNumber(x, 3, guard, true);
}

/** A limit such as 0.5 or 0.45 written with 2 decimals, as the method writes them: "0.50", "0.45". */
export function limit2(x: number): string {
  return roundHalfUp(x, 2).toFixed(2);
}

/** An amount kept in 万元, up to 2 decimals, trailing zeros dropped: 87 → "87万元", 60.6 → "60.6万元". */
export function wan(amountWan: number): string {
  return `${trimmed(amountWan, 2)}万元`;
}

/** An amount in 元 written as an integer: "13223元". */
export function yuan(x: number): string {
  return `${Math.round(x)}元`;
}

/** An integer count without separators. */
export function int(x: number): string {
  return String(Math.round(x));
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for headings, 1–99: 一 … 十, 十一 … 十五, 二十一. */
export function cn(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The county-level word of a county's name: 荣昌区 → 区; 县 when the name ends otherwise. */
export function countyWord(name: string): string {
  const last = name.trim().slice(-1);
  return ['县', '区', '市', '旗'].includes(last) ? last : '县';
}

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

/**
 * Text a user typed, with Chinese punctuation made full-width, a year range written with "—" (2022-2023 →
 * 2022—2023) and 〔〕 in document numbers (教督[2017]6号 → 教督〔2017〕6号).
 */
export function fullWidth(text: string): string {
  return text
    .trim()
    .replace(/(\d{4})\s*[-－–~～至]\s*(\d{4})/g, '$1—$2')
    .replace(/[[［【](\d{4})[\]］】]/g, '〔$1〕')
    .replace(/[,;:()?!]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/([，；：？！])\s+/g, '$1');
}
