/**
 * The columns of the school sheet that say what a school is (its code, name, type, 办学性质, 城乡类型, 寄宿制,
 * 建成年份, 中心城区高密度): found once from the header, then read on each row with the issue each bad cell gives.
 */
import { columnLetters } from '../a1';
import { SCHOOL_TYPE_ALIASES, SCHOOL_TYPE_CHOICES } from '../columns';
import { readingMessages as msg } from '../messages';
import type { School, SchoolType } from '../model';
import type { CellValue, DataIssue } from '../types';
import type { HeaderHit } from './header';
import { cachedNormalizer, cellText, normalizeText, perText, yesNo } from './normalize';
import { SCHOOL_TYPE_FORM_ALIASES } from './aliases';
import { choicesOf, headerOf, type SchoolTable, type SchoolTarget } from './schoolTable';

const TYPES: ReadonlyMap<string, SchoolType> = (() => {
  const m = new Map<string, SchoolType>();
  for (const t of [...SCHOOL_TYPE_CHOICES, '职业学校' as const]) m.set(normalizeText(t), t);
  for (const [alias, t] of Object.entries({ ...SCHOOL_TYPE_ALIASES, ...SCHOOL_TYPE_FORM_ALIASES })) {
    m.set(normalizeText(alias), t as SchoolType);
  }
  return m;
})();

const URBAN_RURAL: ReadonlyMap<string, School['urbanRural']> = new Map<string, School['urbanRural']>([
  ['城区', '城区'],
  ['镇区', '镇区'],
  ['乡村', '乡村'],
  // The statistics used 城市/县镇/农村 before 2011; old workbooks still carry them.
  ['城市', '城区'],
  ['县镇', '镇区'],
  ['镇', '镇区'],
  ['农村', '乡村'],
]);

const YEAR_TEXT = /^(\d{4})(?:年|[-./]|$)/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** 建成年份: a year, a year in text (`2008年`, `2008-09`), or an Excel date serial; undefined when unreadable. */
function readYear(v: CellValue | undefined): number | null | undefined {
  if (v === null || v === undefined || cellText(v) === '') return null;
  let year: number | undefined;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1800 && v <= 2100) year = v;
    // A date typed into the cell arrives as its serial number (days since 1899-12-30).
    else if (v > 2100 && v < 80000) year = new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86400000).getUTCFullYear();
  } else if (typeof v === 'string') {
    const m = YEAR_TEXT.exec(v.normalize('NFKC').trim());
    if (m) year = Number(m[1]);
  }
  return year !== undefined && year >= 1800 && year <= 2100 ? year : undefined;
}

/** A column the header found. */
export interface Col {
  col: number;
  letters: string;
}

const IDENTITY_KEYS = [
  'code',
  'name',
  'type',
  'ownership',
  'urbanRural',
  'boarding',
  'builtYear',
  'denseUrban',
] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];

/** Each identity column the header found, null when absent. */
export type IdentityColumns = Record<IdentityKey, Col | null>;

/** The identity columns among the header's hits. */
export function identityColumns(byKey: ReadonlyMap<string, HeaderHit<SchoolTarget>>): IdentityColumns {
  const out = {} as IdentityColumns;
  for (const key of IDENTITY_KEYS) {
    const h = byKey.get(key);
    out[key] = h ? { col: h.col, letters: columnLetters(h.col) } : null;
  }
  return out;
}

/** What a row says about its school besides its code, name and figures. */
export type Descriptors = Pick<
  School,
  'type' | 'rawType' | 'isPrivate' | 'urbanRural' | 'boarding' | 'builtYear' | 'denseUrban'
>;

type Issue = (severity: DataIssue['severity'], cell: string, code: string, message: string) => void;

/** Reads the identity columns of rows; the text lookups are cached for the sheet. */
export class IdentityReader {
  private readonly norm = cachedNormalizer();
  private readonly typeOf = perText((text) => TYPES.get(this.norm(text)) ?? null);
  /** 办学性质: 1 民办, 0 公办 or blank, -1 neither. */
  private readonly ownershipOf = perText((text) => {
    const t = this.norm(text);
    return t.includes('民办') ? 1 : t === '' || t.includes('公办') ? 0 : -1;
  });
  private readonly urbanRuralOf = perText((text) => URBAN_RURAL.get(this.norm(text)) ?? null);
  private readonly yesNoOf = perText((text) => yesNo(text, this.norm));

  constructor(
    private readonly cols: IdentityColumns,
    private readonly table: SchoolTable,
    private readonly sheet: string,
    private readonly issue: Issue,
  ) {}

  /** The blank 学校代码 / 学校名称 of a row, reported. */
  checkCodeAndName(code: string, name: string, excelRow: number, who: string): void {
    const { code: codeCol, name: nameCol } = this.cols;
    if (codeCol && code === '') this.blank(codeCol, excelRow, 'code', who);
    if (nameCol && name === '') this.blank(nameCol, excelRow, 'name', who);
  }

  private blank(c: Col, excelRow: number, key: IdentityKey, who: string): void {
    const cell = c.letters + excelRow;
    this.issue('error', cell, 'blank-required', msg.blankRequired(this.sheet, cell, headerOf(this.table, key), who));
  }

  /** The descriptors of a row, each bad cell reported. */
  read(row: CellValue[], excelRow: number, who: string): Descriptors {
    const c = this.cols;
    const rawType = c.type ? cellText(row[c.type.col]) : '';
    return {
      type: c.type ? this.readType(c.type, rawType, excelRow, who) : null,
      rawType,
      isPrivate: c.ownership ? this.readOwnership(c.ownership, row, excelRow, who) : false,
      urbanRural: c.urbanRural ? this.readUrbanRural(c.urbanRural, row, excelRow, who) : null,
      boarding: c.boarding ? this.readYesNo(c.boarding, row, excelRow, 'boarding', who) : null,
      builtYear: c.builtYear ? this.readBuiltYear(c.builtYear, row, excelRow, who) : null,
      denseUrban: c.denseUrban ? this.readYesNo(c.denseUrban, row, excelRow, 'denseUrban', who) : null,
    };
  }

  private readType(c: Col, rawType: string, excelRow: number, who: string): SchoolType | null {
    if (rawType === '') {
      this.blank(c, excelRow, 'type', who);
      return null;
    }
    const type = this.typeOf(rawType);
    if (type === null) {
      const cell = c.letters + excelRow;
      this.issue('error', cell, 'unknown-type', msg.unknownType(this.sheet, cell, rawType, who));
    }
    return type;
  }

  private readOwnership(c: Col, row: CellValue[], excelRow: number, who: string): boolean {
    const ownership = this.ownershipOf(cellText(row[c.col]));
    if (ownership === -1) {
      const cell = c.letters + excelRow;
      this.issue('warning', cell, 'bad-choice', msg.unknownOwnership(this.sheet, cell, cellText(row[c.col]), who));
    }
    return ownership === 1;
  }

  private readUrbanRural(c: Col, row: CellValue[], excelRow: number, who: string): School['urbanRural'] {
    const raw = cellText(row[c.col]);
    if (raw === '') return null;
    const value = this.urbanRuralOf(raw);
    if (value === null) {
      const cell = c.letters + excelRow;
      const label = headerOf(this.table, 'urbanRural');
      const choices = choicesOf(this.table, 'urbanRural');
      this.issue('warning', cell, 'bad-choice', msg.badChoice(this.sheet, cell, label, raw, choices, who));
    }
    return value;
  }

  /** A 是/否 cell; a text that is neither is reported and read as blank. */
  private readYesNo(c: Col, row: CellValue[], excelRow: number, key: IdentityKey, who: string): boolean | null {
    const raw = row[c.col];
    const v = typeof raw === 'string' ? this.yesNoOf(raw) : yesNo(raw, this.norm);
    if (v !== undefined) return v;
    const cell = c.letters + excelRow;
    const label = headerOf(this.table, key);
    // Both 是/否 columns offer the same two choices.
    const choices = choicesOf(this.table, 'boarding');
    this.issue('warning', cell, 'bad-choice', msg.badChoice(this.sheet, cell, label, cellText(raw), choices, who));
    return null;
  }

  private readBuiltYear(c: Col, row: CellValue[], excelRow: number, who: string): number | null {
    const y = readYear(row[c.col]);
    if (y !== undefined) return y;
    const cell = c.letters + excelRow;
    this.issue('warning', cell, 'bad-year', msg.badYear(this.sheet, cell, cellText(row[c.col]), who));
    return null;
  }
}
