/**
 * School forms into the template (MONITORING.md §3): each vertical form (项目 | 单位 | 填报值, the header found
 * below title rows) becomes one row of `学校基础数据`, its items matched by normalised text and aliases, sub-items
 * summed as the template needs, units converted; every item or cell that cannot be used is a 采集问题 entry.
 * Nothing is guessed: a missing item stays blank, and an un-split figure of a 一贯制 school is not divided.
 */
import { a1 } from '../a1';
import { SCHOOL_COLUMNS, SCHOOL_TYPE_ALIASES, SCHOOL_TYPE_CHOICES, type SchoolColumn } from '../columns';
import { collectMessages as M } from '../messages';
import type { Stage } from '../model';
import { HEADER_SEARCH_ROWS } from '../read/header';
import { cellText, labelValueHeader, normalizeHeader, normalizeText, yesNo, type Lexicon } from '../read/normalize';
import { parseNumberCell } from '../read/number';
import type { OutputValue } from '../sheetSpec';
import type { CellValue, Severity, SheetGrid, WorkbookInput } from '../types';
import {
  GROUP_BY_ID,
  UNUSED,
  WHOLE,
  columnOf,
  formLexicon,
  type ColumnKey,
  type FormTarget,
  type ItemGroup,
} from './formItems';
import type { CollectProblem } from './collectProblem';
import { readMapping } from './mapping';

export type { CollectProblem } from './collectProblem';

/** One collected school: the values of `学校基础数据` by column, and where they came from. */
export interface CollectedSchool {
  form: string;
  sheet: string;
  values: Partial<Record<ColumnKey, OutputValue>>;
}

/** A form as the command hands it over: its grids, or the reason the file could not be read. */
export type FormSource = { file: string; workbook: WorkbookInput } | { file: string; error: string };

export interface CollectResult {
  schools: CollectedSchool[];
  problems: CollectProblem[];
}

/** Collects every form, in the given order; `mapping` is the user's `字段对照` sheet, when there is one. */
export function collectForms(forms: readonly FormSource[], mapping: SheetGrid | null): CollectResult {
  const problems: CollectProblem[] = [];
  const user = mapping ? readMapping(mapping) : { items: [], problems: [] };
  problems.push(...user.problems);
  const lexicon = formLexicon(user.items);
  const schools: CollectedSchool[] = [];
  for (const form of forms) {
    if ('error' in form) {
      problems.push(problem('error', form.file, null, null, null, M.unreadable(form.error), 'unreadable'));
      continue;
    }
    const found = collectWorkbook(form.file, form.workbook, lexicon);
    schools.push(...found.schools);
    problems.push(...found.problems);
  }
  problems.push(...duplicateCodes(schools));
  return { schools, problems };
}

/** A 学校代码 on more than one form (a school that filled twice): both rows are kept, the later form is named. */
function duplicateCodes(schools: readonly CollectedSchool[]): CollectProblem[] {
  const first = new Map<string, CollectedSchool>();
  const out: CollectProblem[] = [];
  for (const s of schools) {
    const code = s.values.code;
    if (typeof code !== 'string' || code === '') continue;
    const earlier = first.get(code);
    if (!earlier) first.set(code, s);
    else
      out.push(
        problem('warning', s.form, s.sheet, null, null, M.duplicateCode(code, earlier.form), 'duplicate-school'),
      );
  }
  return out;
}

function problem(
  severity: Severity,
  form: string,
  sheet: string | null,
  cell: string | null,
  item: string | null,
  message: string,
  code: string,
): CollectProblem {
  return { severity, form, sheet, cell, item, message, code };
}

/** Every sheet of the workbook that is a school form gives one school; a workbook with none is named. */
function collectWorkbook(file: string, workbook: WorkbookInput, lexicon: Lexicon<FormTarget>): CollectResult {
  const schools: CollectedSchool[] = [];
  const problems: CollectProblem[] = [];
  for (const grid of workbook.sheets) {
    const layout = findFormLayout(grid, lexicon);
    if (!layout) continue;
    const form = new FormReader(file, grid, layout, lexicon);
    schools.push(form.collect());
    problems.push(...form.problems);
  }
  if (schools.length === 0) problems.push(problem('error', file, null, null, null, M.notAForm, 'not-a-form'));
  return { schools, problems };
}

const LABEL_HEADERS = new Set(
  ['项目', '填报项目', '指标', '指标项目', '数据项', '统计项目', '项目名称'].map(normalizeHeader),
);
const VALUE_HEADERS = new Set(['填报值', '值', '数值', '数据', '填报数据', '填报数', '填报内容'].map(normalizeHeader));
const UNIT_HEADERS = new Set(['单位', '计量单位'].map(normalizeHeader));

interface FormLayout {
  headerRow: number;
  labelCol: number;
  valueCol: number;
  unitCol: number;
}

/** The 项目 | (单位 |) 值 header among the first rows, when at least one item below it is known. */
function findFormLayout(grid: SheetGrid, lexicon: Lexicon<FormTarget>): FormLayout | null {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.values.length);
  for (let r = 0; r < last; r++) {
    const row = grid.values[r] ?? [];
    const { labelCol, valueCol } = labelValueHeader(row, LABEL_HEADERS, VALUE_HEADERS);
    if (labelCol < 0 || valueCol < 0) continue;
    const unitCol = row.findIndex((v) => UNIT_HEADERS.has(normalizeHeader(cellText(v))));
    const known = grid.values.slice(r + 1).some((line) => lexicon.lookup(cellText(line[labelCol])) !== null);
    if (known) return { headerRow: r, labelCol, valueCol, unitCol };
  }
  return null;
}

/** One item line of a form. */
interface Entry {
  target: FormTarget;
  label: string;
  value: CellValue;
  valueCell: string;
  /** The unit from the 单位 column, else from the item text; normalised, '' when none. */
  unit: string;
}

type Kind = 'count' | 'area' | 'money' | 'year' | 'text' | 'type' | 'yesNo';

const COLUMN_BY_KEY = new Map(SCHOOL_COLUMNS.map((c) => [c.key, c]));

function kindOf(col: SchoolColumn): Kind {
  if (col.key === 'type') return 'type';
  if (col.key === 'boarding' || col.key === 'denseUrban') return 'yesNo';
  if (col.key === 'builtYear') return 'year';
  if (col.unit === '㎡') return 'area';
  if (col.unit === '万元') return 'money';
  return col.unit === '' ? 'text' : 'count';
}

const COUNT_UNITS = new Set(['', '人', '名', '个', '间', '所', '班']);
/** Factor from a money unit to 万元, the template's unit. */
const MONEY_FACTORS: Readonly<Record<string, number>> = { 万元: 1, 元: 1e-4, 千元: 0.1 };
/** Stages of each school type (TEMPLATE.md: P and J). */
const TYPE_STAGES: Readonly<Record<string, readonly Stage[]>> = {
  小学: ['primary'],
  教学点: ['primary'],
  初中: ['junior'],
  完全中学: ['junior'],
  九年一贯制: ['primary', 'junior'],
  十二年一贯制: ['primary', 'junior'],
  特殊教育学校: [],
};

/** Reads one form sheet into one school, collecting its problems. */
class FormReader {
  readonly problems: CollectProblem[] = [];
  private readonly values: Partial<Record<ColumnKey, OutputValue>> = {};
  /** Columns that already have a problem entry, so the completeness check does not repeat it. */
  private readonly reported = new Set<ColumnKey>();
  private readonly entries: Entry[] = [];

  constructor(
    private readonly file: string,
    private readonly grid: SheetGrid,
    private readonly layout: FormLayout,
    private readonly lexicon: Lexicon<FormTarget>,
  ) {}

  collect(): CollectedSchool {
    this.readEntries();
    for (const e of this.entries) {
      const group = GROUP_BY_ID.get(e.target.group);
      if (group && e.target.part === WHOLE && 'school' in group.columns) this.readSingle(group.columns.school, e);
    }
    const stages = this.stages();
    for (const group of GROUP_BY_ID.values()) this.resolveGroup(group, stages);
    this.checkNeeded(stages);
    return { form: this.file, sheet: this.grid.name, values: this.values };
  }

  private add(severity: Severity, cell: string | null, item: string | null, message: string, code: string): void {
    this.problems.push(problem(severity, this.file, this.grid.name, cell, item, message, code));
  }

  /** Every item line below the header; unknown items and repeated ones are named, not used. */
  private readEntries(): void {
    const { headerRow, labelCol, valueCol, unitCol } = this.layout;
    const seen = new Set<string>();
    for (let r = headerRow + 1; r < this.grid.values.length; r++) {
      const line = this.grid.values[r] ?? [];
      const label = cellText(line[labelCol]);
      if (label === '') continue;
      const hit = this.lexicon.lookup(label);
      const valueCell = a1(r, valueCol);
      if (!hit) {
        if (cellText(line[valueCol]) !== '')
          this.add('warning', a1(r, labelCol), label, M.unknownItem(label), 'unknown-item');
        continue;
      }
      if (hit.target === UNUSED) continue;
      const key = `${hit.target.group}|${hit.target.part}|${hit.target.stage ?? ''}`;
      if (seen.has(key)) {
        this.add('warning', valueCell, label, M.duplicateItem(label), 'duplicate-item');
        continue;
      }
      seen.add(key);
      const unitText = unitCol >= 0 ? cellText(line[unitCol]) : '';
      this.entries.push({
        target: hit.target,
        label,
        value: line[valueCol] ?? null,
        valueCell,
        unit: unitOf(unitText, hit.unit),
      });
    }
  }

  /** A column filled by one item: text, type, 是/否 and year columns, and plain figures. */
  private readSingle(key: ColumnKey, e: Entry): void {
    const col = COLUMN_BY_KEY.get(key);
    if (!col) return;
    const kind = kindOf(col);
    const text = cellText(e.value);
    if (kind === 'text') this.values[key] = text === '' ? null : text;
    else if (kind === 'type') this.values[key] = this.typeOf(e, text);
    else if (kind === 'yesNo') this.values[key] = this.yesNoOf(e, key);
    else if (kind === 'year') this.values[key] = this.yearOf(e, key, text);
  }

  private typeOf(e: Entry, text: string): string | null {
    if (text === '') return null;
    const n = normalizeText(text);
    const known = SCHOOL_TYPE_CHOICES.find((c) => normalizeText(c) === n);
    const canonical = known ?? SCHOOL_TYPE_ALIASES[n] ?? null;
    if (canonical === null) this.add('warning', e.valueCell, e.label, M.unknownType(text), 'unknown-type');
    return canonical ?? text;
  }

  private yesNoOf(e: Entry, key: ColumnKey): string | null {
    const v = yesNo(e.value);
    if (v === undefined) {
      this.reported.add(key);
      this.add('error', e.valueCell, e.label, M.notYesNo(cellText(e.value)), 'not-yes-no');
      return null;
    }
    return v === null ? null : v ? '是' : '否';
  }

  private yearOf(e: Entry, key: ColumnKey, text: string): number | null {
    if (text === '') return null;
    const m = /^(\d{4})(?:\D|$)/.exec(text.normalize('NFKC'));
    const year = m ? Number(m[1]) : NaN;
    if (year >= 1800 && year <= 2100) return year;
    this.reported.add(key);
    this.add('error', e.valueCell, e.label, M.notAYear(text), 'not-a-year');
    return null;
  }

  /** The 学段 of the school from its collected type; empty when the type is missing or unknown. */
  private stages(): readonly Stage[] {
    const type = this.values.type;
    return typeof type === 'string' ? (TYPE_STAGES[type] ?? []) : [];
  }

  /** Fills the column(s) of a numeric group from its items, per 学段 where it has one column per 学段. */
  private resolveGroup(group: ItemGroup, stages: readonly Stage[]): void {
    const mine = this.entries.filter((e) => e.target.group === group.id);
    if (mine.length === 0) return;
    const key = columnOf(group, null);
    const col = COLUMN_BY_KEY.get(key);
    if (!col || (kindOf(col) !== 'count' && kindOf(col) !== 'area' && kindOf(col) !== 'money')) return;
    if ('school' in group.columns) {
      this.setSum(key, group, mine, null);
      return;
    }
    const unstaged = mine.filter((e) => e.target.stage === null);
    for (const stage of ['primary', 'junior'] as const) {
      const staged = mine.filter((e) => e.target.stage === stage);
      if (staged.length > 0) this.setSum(group.columns[stage], group, staged, stage);
      else if (unstaged.length > 0 && stages.length === 1 && stages[0] === stage) {
        this.setSum(group.columns[stage], group, unstaged, stage);
      }
    }
    if (unstaged.length > 0 && !mine.some((e) => e.target.stage !== null)) this.checkSplit(group, unstaged, stages);
  }

  /** Un-split items of a school with two 学段 (or of unknown type) are not divided: an error says so. */
  private checkSplit(group: ItemGroup, unstaged: Entry[], stages: readonly Stage[]): void {
    const type = typeof this.values.type === 'string' ? this.values.type : null;
    // One 学段 was resolved above; a known type without one (特殊教育学校) has no column to fill.
    if (stages.length === 1 || (type !== null && type in TYPE_STAGES && stages.length === 0)) return;
    if (unstaged.every((e) => cellText(e.value) === '')) return;
    const cols = 'school' in group.columns ? [] : [group.columns.primary, group.columns.junior];
    const headers = cols.map((k) => COLUMN_BY_KEY.get(k)?.header ?? k);
    const needed = cols.some((k) => COLUMN_BY_KEY.get(k)?.need !== 'optional');
    for (const k of cols) {
      this.reported.add(k);
      this.values[k] = null;
    }
    const first = unstaged[0];
    const message =
      stages.length === 2 && type !== null
        ? M.notSplit(
            type,
            unstaged.map((e) => e.label),
            headers,
          )
        : M.stageUnknown(
            unstaged.map((e) => e.label),
            headers,
          );
    this.add(
      needed ? 'error' : 'warning',
      first.valueCell,
      first.label,
      message,
      stages.length === 2 ? 'not-split-by-stage' : 'stage-unknown',
    );
  }

  /** The group's figure for one column: its own item when given, else the sum of its sub-items. */
  private setSum(key: ColumnKey, group: ItemGroup, entries: Entry[], stage: Stage | null): void {
    const whole = entries.find((e) => e.target.part === WHOLE);
    if (whole) {
      this.values[key] = this.numberOf(key, whole) ?? null;
      return;
    }
    const excluded = stage ? (group.excluded?.[stage] ?? []) : [];
    const parts = entries.filter((e) => !excluded.includes(e.target.part));
    if (parts.length === 0) return;
    const read = parts.map((e) => ({ e, v: this.numberOf(key, e) }));
    if (read.some((x) => x.v === undefined)) return;
    const filled = read.filter((x) => x.v !== null);
    const blank = read.filter((x) => x.v === null);
    if (filled.length === 0) {
      this.values[key] = null;
      return;
    }
    if (blank.length > 0) {
      const header = COLUMN_BY_KEY.get(key)?.header ?? key;
      this.reported.add(key);
      const cells = blank.map((x) => x.e.valueCell);
      this.add(
        'error',
        cells.join('、'),
        blank[0].e.label,
        M.partBlank(
          header,
          blank.map((x) => x.e.label),
        ),
        'part-blank',
      );
      this.values[key] = null;
      return;
    }
    this.values[key] = roundNoise(filled.reduce((s, x) => s + (x.v ?? 0), 0));
  }

  /** A figure in the template's unit: null when blank, undefined when unusable (already reported). */
  private numberOf(key: ColumnKey, e: Entry): number | null | undefined {
    const col = COLUMN_BY_KEY.get(key);
    const parsed = parseNumberCell(e.value);
    if (parsed.kind === 'blank') return null;
    if (parsed.kind === 'error') {
      this.reported.add(key);
      this.add('error', e.valueCell, e.label, M.badNumber(parsed.text), parsed.code);
      return undefined;
    }
    const factor = col ? this.unitFactor(key, kindOf(col), e) : 1;
    return factor === null ? undefined : roundNoise(parsed.value * factor);
  }

  /** The factor from the item's unit to the column's, or null (reported) when the unit does not fit. */
  private unitFactor(key: ColumnKey, kind: Kind, e: Entry): number | null {
    if (kind === 'money') {
      if (e.unit === '') {
        this.add('warning', e.valueCell, e.label, M.moneyNoUnit, 'money-no-unit');
        return 1;
      }
      const f = MONEY_FACTORS[e.unit];
      if (f !== undefined) return f;
    } else if (kind === 'area' ? e.unit === '' || e.unit === 'm2' : COUNT_UNITS.has(e.unit)) {
      return 1;
    }
    this.reported.add(key);
    const col = COLUMN_BY_KEY.get(key);
    this.add('error', e.valueCell, e.label, M.wrongUnit(e.unit, col?.header ?? key, col?.unit ?? ''), 'wrong-unit');
    return null;
  }

  /** Columns the school's type needs that stayed blank: the item is absent from the form, or not filled. */
  private checkNeeded(stages: readonly Stage[]): void {
    for (const col of SCHOOL_COLUMNS) {
      const needed =
        col.need === 'all' ||
        (col.need === 'P' && stages.includes('primary')) ||
        (col.need === 'J' && stages.includes('junior'));
      const v = this.values[col.key];
      if (!needed || (v !== null && v !== undefined) || this.reported.has(col.key)) continue;
      const given = this.entries.find((e) => this.fills(e, col.key, stages));
      if (given) this.add('warning', given.valueCell, given.label, M.blankItem(col.header), 'blank-item');
      else this.add('warning', null, col.header, M.missingItem(col.header), 'missing-item');
    }
  }

  /** True when an entry feeds the column (its own group, for the column's 学段 or un-split). */
  private fills(e: Entry, key: ColumnKey, stages: readonly Stage[]): boolean {
    const group = GROUP_BY_ID.get(e.target.group);
    if (!group) return false;
    if ('school' in group.columns) return group.columns.school === key;
    const stage = group.columns.primary === key ? 'primary' : group.columns.junior === key ? 'junior' : null;
    return stage !== null && (e.target.stage === stage || (e.target.stage === null && stages.includes(stage)));
  }
}

/** The unit of an item: the 单位 cell when it holds a unit (not a choice list such as 是/否), else the item's own. */
function unitOf(unitCell: string, fromLabel: string | null): string {
  const n = normalizeText(unitCell).replace(/^\((.*)\)$/, '$1');
  if (n !== '' && !n.includes('/')) return n;
  return fromLabel ?? '';
}

/** Removes binary noise from sums and conversions (0.1 + 0.2, 12345 × 0.0001). */
function roundNoise(n: number): number {
  return Number(n.toPrecision(12));
}

/** A collected school as a row of `学校基础数据`, in SCHOOL_COLUMNS order. */
export function schoolRow(school: CollectedSchool): OutputValue[] {
  return SCHOOL_COLUMNS.map((c) => school.values[c.key] ?? null);
}
