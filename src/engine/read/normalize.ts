/**
 * Text normalisation for headers, row labels and sheet names (TEMPLATE.md "be tolerant"): users' workbooks
 * differ in white space, line breaks, bracket width and units, and all of those must compare equal.
 */
import type { CellValue } from '../types';
import { isCellError } from '../types';

// Compiled once: these run on every header and label, and on every text cell of a large sheet.
const WHITE_SPACE = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const OPEN_BRACKETS = /[[【〔〖「『]/g;
const CLOSE_BRACKETS = /[\]】〕〗」』]/g;
const AREA_UNITS = /平方米|平米|m\^?2|m²/g;
const DASHES = /[~—–－‐]/g;
const TRAILING_GROUP = /\(([^()]*)\)$/;
const UNIT_PREFIX = /^单位[:：]?/;
const STAGE_SUFFIX = /\((学段:?)?(小学|初中|高中)(学段|部分)?\)$/;

/** Units that may follow a header in brackets; compared after normalisation (㎡, 平方米 and m² all read m2). */
const UNITS = new Set([
  '人',
  '名',
  '个',
  '间',
  '所',
  '班',
  '台',
  '套',
  '册',
  '件',
  '张',
  '项',
  '次',
  '人次',
  '学时',
  '天',
  '年',
  '元',
  '万元',
  '千元',
  '亿元',
  '万',
  'm2',
  '%',
  '‰',
]);

/** Units a header may end with outside brackets (`教学仪器设备值万元`), longest first so 万元 wins over 元. */
const BARE_UNITS = ['万元', '千元', 'm2', '元'];

/** Normalises text without removing units: NFKC (full-width → half-width), no white space, one bracket style. */
export function normalizeText(text: string): string {
  const bracketed = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(WHITE_SPACE, '')
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')');
  return stripMarkers(bracketed).replace(AREA_UNITS, 'm2').replace(DASHES, '-').replace('>=', '≥').replace('<=', '≤');
}

const BRACKETED = /^\((.*)\)$/;

/**
 * Takes off leading `*`/`※` and trailing `*`/`※`/colons (required-field marks, `名称：`). A loop: the pattern
 * /[*※:：]+$/ retries from every mark of a long run that is not at the end, which is quadratic.
 */
function stripMarkers(t: string): string {
  let from = 0;
  while (from < t.length && (t[from] === '*' || t[from] === '※')) from++;
  let to = t.length;
  while (to > from && '*※:：'.includes(t[to - 1])) to--;
  return t.slice(from, to);
}

/** True when a cell's text is only a unit, bare or in brackets (`人`, `（万元）`): the cell of a units row. */
export function isUnitText(text: string): boolean {
  const t = normalizeText(text);
  const m = BRACKETED.exec(t);
  return isUnit(m ? m[1] : t);
}

/** True when the content of a bracket pair is a unit (so the bracket pair is not part of the name). */
function isUnit(inner: string): boolean {
  return UNITS.has(inner.replace(UNIT_PREFIX, ''));
}

/**
 * Splits a header into its name and its trailing unit(s) in brackets: `小学在校生数（人）` → 小学在校生数 + 人.
 * Brackets that are part of the name (`(≥96㎡)`) stay, because their content is not a unit.
 */
export function splitHeader(text: string): { base: string; unit: string | null } {
  let base = normalizeText(text);
  let unit: string | null = null;
  for (;;) {
    const m = TRAILING_GROUP.exec(base);
    if (!m || !isUnit(m[1])) break;
    // The unit nearest the name wins: `金额(万元)(%)` is unusual, and the first unit is the figure's own.
    unit = m[1].replace(UNIT_PREFIX, '');
    base = base.slice(0, m.index);
  }
  return { base, unit };
}

/** Header/label normalisation of TEMPLATE.md (whitespace, line breaks, full/half-width brackets, trailing unit). */
export function normalizeHeader(text: string): string {
  return splitHeader(text).base;
}

/** Text of a cell for labels and messages: numbers as written, errors as their code, blank as ''. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

/** A lookup result: the target and the unit the header carried, if any. */
export interface LexiconHit<T> {
  target: T;
  unit: string | null;
}

/**
 * A table of accepted texts (canonical names and aliases) → targets, keyed by normalised text, built once.
 * Lookups tolerate units in brackets, bracket parts that are not units, and bare trailing units.
 */
export class Lexicon<T> {
  private readonly map = new Map<string, T>();

  /** Adds an accepted text; the first text added for a normalised key wins. */
  add(text: string, target: T): this {
    const key = normalizeHeader(text);
    if (!this.map.has(key)) this.map.set(key, target);
    // Names whose own brackets look like units (`不参评的小规模学校人数（少于）` does not, `（间）` would)
    // are also found with those brackets kept.
    const full = normalizeText(text);
    if (!this.map.has(full)) this.map.set(full, target);
    return this;
  }

  /** Looks up a header or label as the user wrote it. */
  lookup(text: string): LexiconHit<T> | null {
    const { base, unit } = splitHeader(text);
    return this.lookupBase(base, unit) ?? this.lookupBase(normalizeText(text), null);
  }

  /**
   * Looks up a column under a two-row header: group + sub (`在校生数` over `小学`) in either order,
   * then the sub-header alone.
   */
  lookupParts(group: string, sub: string): LexiconHit<T> | null {
    const g = splitHeader(group);
    const s = splitHeader(sub);
    const unit = s.unit ?? g.unit;
    return (
      this.lookupBase(s.base + g.base, unit) ?? this.lookupBase(g.base + s.base, unit) ?? this.lookupBase(s.base, unit)
    );
  }

  private lookupBase(base: string, unit: string | null): LexiconHit<T> | null {
    if (base === '') return null;
    const exact = this.map.get(base);
    if (exact !== undefined) return { target: exact, unit };
    // Forms name the 学段 last, in brackets (`县级及以上骨干教师数（小学）`); the template names it first.
    const stage = STAGE_SUFFIX.exec(base);
    if (stage) {
      const hit = this.map.get(stage[2] + base.slice(0, stage.index));
      if (hit !== undefined) return { target: hit, unit };
    }
    // A bracket part that is neither a unit nor part of a known name (`小学在校生数（2024年秋季）`): drop it.
    let rest = base;
    for (let m = TRAILING_GROUP.exec(rest); m; m = TRAILING_GROUP.exec(rest)) {
      rest = rest.slice(0, m.index);
      const hit = this.map.get(rest);
      if (hit !== undefined) return { target: hit, unit };
    }
    for (const u of BARE_UNITS) {
      if (base.length > u.length && base.endsWith(u)) {
        const hit = this.map.get(base.slice(0, -u.length));
        if (hit !== undefined) return { target: hit, unit: unit ?? u };
      }
    }
    return null;
  }
}

const YES = new Set(['是', 'y', 'yes', 'true', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '×']);

/**
 * `read` remembered per distinct text, for the cells of choice columns (类型, 办学性质, 是/否), which repeat a handful
 * of texts over many rows. Make one per read; it stops remembering after a few thousand distinct texts.
 */
export function perText<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const v = read(text);
    if (memo.size < 4096) memo.set(text, v);
    return v;
  };
}

/** A memoised `normalizeText` (see perText). */
export function cachedNormalizer(): (text: string) => string {
  return perText(normalizeText);
}

/** A 是/否 cell: true, false, null when blank, undefined when the text is neither. */
export function yesNo(
  v: CellValue | undefined,
  normalize: (text: string) => string = normalizeText,
): boolean | null | undefined {
  if (typeof v === 'boolean') return v;
  const t = normalize(cellText(v));
  if (t === '') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

const FORMAT_LITERALS = /"[^"]*"|\\./g;

/** True when an Excel number format shows the value as a percentage (`0.0%`), so the cell holds a fraction. */
export function isPercentFormat(format: string | null | undefined): boolean {
  // Quoted literals and escaped characters do not make a percentage format.
  return typeof format === 'string' && format.replace(FORMAT_LITERALS, '').includes('%');
}

/**
 * Looks along one row for a label-column header and a value-column header (项目 | 数值, 设置项 | 值):
 * the first cell whose normalised text is in each set, or -1. Shared by the two-column sheets' readers.
 */
export function labelValueHeader(
  row: readonly CellValue[],
  labels: ReadonlySet<string>,
  values: ReadonlySet<string>,
): { labelCol: number; valueCol: number } {
  let labelCol = -1;
  let valueCol = -1;
  row.forEach((v, c) => {
    const t = normalizeHeader(cellText(v));
    if (labelCol < 0 && labels.has(t)) labelCol = c;
    else if (valueCol < 0 && values.has(t)) valueCol = c;
  });
  return { labelCol, valueCol };
}
