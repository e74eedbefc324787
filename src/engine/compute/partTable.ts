/**
 * Where a run keeps its school parts and their indicator results: flat typed arrays in an IndicatorTable, read
 * through small views that present them as the PartResult and IndicatorResult of OUTPUT.md.
 */
import type { School, Stage } from '../model';
import { fieldCell } from '../model';
import type { IndicatorId, IndicatorResult, IndicatorStatus, PartResult, Verdict } from '../result';
import { INDICATOR_IDS } from '../result';
import { INDICATORS } from './indicators';

/** Indicators per part: the stride of the entries. */
const INDICATOR_COUNT = INDICATOR_IDS.length;

/** Status words by their code in an IndicatorTable. */
const STATUS_WORDS: readonly IndicatorStatus[] = ['missing', 'pass', 'near', 'fail'];
/** The status word of a code held in an IndicatorTable. */
export const statusWord = (code: number): IndicatorStatus => STATUS_WORDS[code];
/** Status codes held in an IndicatorTable. */
export const MISSING = 0;
export const PASS = 1;
export const NEAR = 2;
export const FAIL = 3;
const statusCode = (s: IndicatorStatus): number =>
  s === 'pass' ? PASS : s === 'near' ? NEAR : s === 'fail' ? FAIL : MISSING;
/** Flag bit of a borderline result; the bits below it say which numerator terms counted. */
export const BORDERLINE = 0x80;

const VERDICTS: readonly Verdict[] = ['pass', 'fail', 'incomplete'];
const verdictCode = (v: Verdict): number => (v === 'pass' ? 0 : v === 'fail' ? 1 : 2);

/** A typed array of `n` entries holding the contents of `old`. */
function grown<A extends Float64Array | Uint8Array>(old: A, n: number): A {
  const next = (old instanceof Float64Array ? new Float64Array(n) : new Uint8Array(n)) as A;
  next.set(old);
  return next;
}

/**
 * The parts of a run and their seven indicator results, in flat typed arrays: per part its school, 学段, students,
 * facility share, verdict; per indicator (entry `part × 7 + indicator`) value, numerator, standard, status and the
 * terms that counted, NaN for a missing number. Nothing is allocated per result and little per part: `parts` holds
 * a small view per part (PartView), whose `indicators` hand out views onto the entries. At 10,000 schools an object
 * and boxed numbers per result and per part were a third of what a run kept, and every garbage collection during
 * the run had to copy them.
 */
export class IndicatorTable {
  value: Float64Array;
  numerator: Float64Array;
  standard: Float64Array;
  status: Uint8Array;
  /** Bit t: term t of the indicator's numerator counted (its cell is a source); BORDERLINE. */
  flags: Uint8Array;
  /** Per part: its school and 学段, and why it is left out (null when included). */
  schools: School[] = [];
  stages: Stage[] = [];
  reasons: (string | null)[] = [];
  /** Per part: students and facility share (NaN when unknown), passes and verdict code. */
  students: Float64Array;
  share: Float64Array;
  passCount: Uint8Array;
  verdict: Uint8Array;
  /** One view per part, in the order added. */
  readonly parts: PartResult[] = [];
  /** Sources assigned through a view, by entry. */
  assigned: Map<number, string[]> | null = null;
  #capacity: number;

  constructor(parts: number) {
    this.#capacity = Math.max(parts, 1);
    const n = this.#capacity * INDICATOR_COUNT;
    this.value = new Float64Array(n);
    this.numerator = new Float64Array(n);
    this.standard = new Float64Array(n);
    this.status = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.students = new Float64Array(this.#capacity);
    this.share = new Float64Array(this.#capacity);
    this.passCount = new Uint8Array(this.#capacity);
    this.verdict = new Uint8Array(this.#capacity);
  }

  /**
   * Adds a part (an excluded one with the reason it is left out) and returns the entry of its first indicator; the
   * arrays double when full. Its verdict is set by `setVerdict` once its indicators are computed.
   */
  addPart(school: School, stage: Stage, students: number | null, share: number, reason: string | null): number {
    const part = this.schools.length;
    if (part === this.#capacity) {
      const capacity = (this.#capacity *= 2);
      const n = capacity * INDICATOR_COUNT;
      this.value = grown(this.value, n);
      this.numerator = grown(this.numerator, n);
      this.standard = grown(this.standard, n);
      this.status = grown(this.status, n);
      this.flags = grown(this.flags, n);
      this.students = grown(this.students, capacity);
      this.share = grown(this.share, capacity);
      this.passCount = grown(this.passCount, capacity);
      this.verdict = grown(this.verdict, capacity);
    }
    this.schools.push(school);
    this.stages.push(stage);
    this.reasons.push(reason);
    this.students[part] = students ?? NaN;
    this.share[part] = share;
    this.passCount[part] = 0;
    this.verdict[part] = verdictCode('incomplete');
    this.parts.push(new PartView(this, part));
    return part * INDICATOR_COUNT;
  }

  /** Records a part's verdict and passes. */
  setVerdict(part: number, verdict: Verdict, passCount: number): void {
    this.verdict[part] = verdictCode(verdict);
    this.passCount[part] = passCount;
  }

  /** Marks an entry missing with nothing computed (an excluded part). */
  setEmpty(entry: number, standard: number): void {
    this.value[entry] = NaN;
    this.numerator[entry] = NaN;
    this.standard[entry] = standard;
    this.status[entry] = MISSING;
    this.flags[entry] = 0;
  }

  /** A1 cells on the school sheet behind an entry, in term order, the students last; none for an excluded part. */
  sourcesOf(entry: number): string[] {
    const assigned = this.assigned?.get(entry);
    if (assigned !== undefined) return assigned;
    const part = (entry / INDICATOR_COUNT) | 0;
    const list: string[] = [];
    if (this.reasons[part] !== null) return list;
    const school = this.schools[part];
    const stage = this.stages[part];
    const terms = INDICATORS[entry - part * INDICATOR_COUNT].numerator[stage];
    const used = this.flags[entry];
    for (let t = 0; t < terms.length; t++) {
      if ((used & (1 << t)) === 0) continue;
      const cell = fieldCell(school, terms[t].field);
      if (cell !== null) list.push(cell);
    }
    const students = fieldCell(school, stage === 'primary' ? 'primaryStudents' : 'juniorStudents');
    if (students !== null) list.push(students);
    return list;
  }
}

/** One part of an IndicatorTable as the PartResult of OUTPUT.md; JSON gets the plain part through `toJSON`. */
class PartView implements PartResult {
  readonly #t: IndicatorTable;
  readonly #p: number;

  constructor(table: IndicatorTable, part: number) {
    this.#t = table;
    this.#p = part;
  }

  get code(): string {
    return this.#t.schools[this.#p].code;
  }
  get name(): string {
    return this.#t.schools[this.#p].name;
  }
  get row(): number {
    return this.#t.schools[this.#p].row;
  }
  /** The type as read, or as the user wrote it when it is not one of the template's. */
  get type(): string {
    const school = this.#t.schools[this.#p];
    return school.type ?? school.rawType;
  }
  get stage(): Stage {
    return this.#t.stages[this.#p];
  }
  get students(): number | null {
    const v = this.#t.students[this.#p];
    return v === v ? v : null;
  }
  get included(): boolean {
    return this.#t.reasons[this.#p] === null;
  }
  get excludedReason(): string | null {
    return this.#t.reasons[this.#p];
  }
  get indicators(): Record<IndicatorId, IndicatorResult> {
    return new PartIndicators(this.#t, this.#p * INDICATOR_COUNT);
  }
  get passCount(): number {
    return this.#t.passCount[this.#p];
  }
  get verdict(): Verdict {
    return VERDICTS[this.#t.verdict[this.#p]];
  }
  get facilityShare(): number {
    return this.#t.share[this.#p];
  }

  /** The JSON of OUTPUT.md, keys in the order of PartResult. */
  toJSON(): PartResult {
    return {
      code: this.code,
      name: this.name,
      row: this.row,
      type: this.type,
      stage: this.stage,
      students: this.students,
      included: this.included,
      excludedReason: this.excludedReason,
      indicators: this.indicators,
      passCount: this.passCount,
      verdict: this.verdict,
      facilityShare: this.facilityShare,
    };
  }
}

/**
 * One indicator result as the IndicatorResult of OUTPUT.md, read from (and written to) its IndicatorTable entry.
 * `sources` is built when read; JSON gets the plain result through `toJSON`.
 */
export class IndicatorView implements IndicatorResult {
  readonly #t: IndicatorTable;
  readonly #e: number;

  constructor(table: IndicatorTable, entry: number) {
    this.#t = table;
    this.#e = entry;
  }

  get value(): number | null {
    const v = this.#t.value[this.#e];
    return v === v ? v : null;
  }
  set value(v: number | null) {
    this.#t.value[this.#e] = v ?? NaN;
  }

  get standard(): number {
    return this.#t.standard[this.#e];
  }
  set standard(v: number) {
    this.#t.standard[this.#e] = v;
  }

  get status(): IndicatorStatus {
    return statusWord(this.#t.status[this.#e]);
  }
  set status(s: IndicatorStatus) {
    this.#t.status[this.#e] = statusCode(s);
  }

  get numerator(): number | null {
    const v = this.#t.numerator[this.#e];
    return v === v ? v : null;
  }
  set numerator(v: number | null) {
    this.#t.numerator[this.#e] = v ?? NaN;
  }

  /** True, or undefined (so that JSON omits it) when rounding cannot flip the status. */
  get borderline(): boolean | undefined {
    return (this.#t.flags[this.#e] & BORDERLINE) !== 0 ? true : undefined;
  }
  set borderline(b: boolean | undefined) {
    const f = this.#t.flags;
    f[this.#e] = b === true ? f[this.#e] | BORDERLINE : f[this.#e] & ~BORDERLINE;
  }

  /** A1 cells on the school sheet behind this value, in term order, the students last. */
  get sources(): string[] {
    return this.#t.sourcesOf(this.#e);
  }
  set sources(list: string[]) {
    (this.#t.assigned ??= new Map()).set(this.#e, list);
  }

  /** The JSON of OUTPUT.md, keys in the order of IndicatorResult. */
  toJSON(): IndicatorResult {
    return {
      value: this.value,
      standard: this.standard,
      status: this.status,
      numerator: this.numerator,
      sources: this.sources,
      borderline: this.borderline,
    };
  }
}

/**
 * The seven indicators of one part, as `indicators` of its PartResult. Each read of `L1`…`L7` hands out a fresh
 * IndicatorView: short-lived objects cost a minor garbage collection nothing, whereas seven views kept per part
 * would be copied by every one of them. Writes through a view land in the table, so they persist.
 */
export class PartIndicators implements Record<IndicatorId, IndicatorResult> {
  readonly #t: IndicatorTable;
  readonly #e: number;

  constructor(table: IndicatorTable, entry: number) {
    this.#t = table;
    this.#e = entry;
  }

  get L1(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e);
  }
  get L2(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 1);
  }
  get L3(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 2);
  }
  get L4(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 3);
  }
  get L5(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 4);
  }
  get L6(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 5);
  }
  get L7(): IndicatorResult {
    return new IndicatorView(this.#t, this.#e + 6);
  }

  /** The value of indicator `k` (0 = L1), NaN when missing, read straight from the table. */
  valueAt(k: number): number {
    return this.#t.value[this.#e + k];
  }

  /** The status of indicator `k` (0 = L1), read straight from the table. */
  statusAt(k: number): IndicatorStatus {
    return statusWord(this.#t.status[this.#e + k]);
  }

  /** The numerator of indicator `k` (0 = L1), NaN when missing, read straight from the table. */
  numeratorAt(k: number): number {
    return this.#t.numerator[this.#e + k];
  }

  /** The standard of indicator `k` (0 = L1), read straight from the table. */
  standardAt(k: number): number {
    return this.#t.standard[this.#e + k];
  }

  /** Copies the seven values (NaN when missing) to position `i` of seven arrays, L1 first. */
  copyValues(into: readonly Float64Array[], i: number): void {
    const v = this.#t.value;
    const e = this.#e;
    for (let k = 0; k < into.length; k++) into[k][i] = v[e + k];
  }

  /** The JSON of OUTPUT.md: the seven results by id. */
  toJSON(): Record<IndicatorId, IndicatorResult> {
    return { L1: this.L1, L2: this.L2, L3: this.L3, L4: this.L4, L5: this.L5, L6: this.L6, L7: this.L7 };
  }
}

/**
 * The value of indicator `k` (0 = L1) of a part, NaN when missing. Loops over every part use this rather than
 * `indicators.L1.value`, which hands out a view per read; a hand-built record (in tests) is read as it is.
 */
export function valueAt(indicators: Record<IndicatorId, IndicatorResult>, k: number): number {
  if (indicators instanceof PartIndicators) return indicators.valueAt(k);
  return indicators[INDICATOR_IDS[k]].value ?? NaN;
}

/** The status of indicator `k` (0 = L1) of a part (see `valueAt`). */
export function statusAt(indicators: Record<IndicatorId, IndicatorResult>, k: number): IndicatorStatus {
  if (indicators instanceof PartIndicators) return indicators.statusAt(k);
  return indicators[INDICATOR_IDS[k]].status;
}

/** The numerator of indicator `k` (0 = L1) of a part, NaN when missing (see `valueAt`). */
export function numeratorAt(indicators: Record<IndicatorId, IndicatorResult>, k: number): number {
  if (indicators instanceof PartIndicators) return indicators.numeratorAt(k);
  return indicators[INDICATOR_IDS[k]].numerator ?? NaN;
}

/** The standard of indicator `k` (0 = L1) of a part (see `valueAt`). */
export function standardAt(indicators: Record<IndicatorId, IndicatorResult>, k: number): number {
  if (indicators instanceof PartIndicators) return indicators.standardAt(k);
  return indicators[INDICATOR_IDS[k]].standard;
}

/** The seven values of a part (NaN when missing) into position `i` of seven arrays, L1 first (see `valueAt`). */
export function copyValues(
  indicators: Record<IndicatorId, IndicatorResult>,
  into: readonly Float64Array[],
  i: number,
): void {
  if (indicators instanceof PartIndicators) indicators.copyValues(into, i);
  else for (let k = 0; k < into.length; k++) into[k][i] = indicators[INDICATOR_IDS[k]].value ?? NaN;
}
