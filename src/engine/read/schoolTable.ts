/**
 * The school sheet as a declared table: each column of `学校基础数据` is one entry of SCHOOL_COLUMNS (columns.ts)
 * with its header, aliases, unit and scale, whether it may be blank, and its checks. This module turns such a table
 * into what the reader looks things up in; the reader (schools.ts) walks it and holds no column of its own.
 */
import { SCHOOL_COLUMNS } from '../columns';
import type { SchoolColumn } from '../columns';
import type { SheetGrid } from '../types';
import { SPLIT_SUMS, type SplitSum } from './aliases';
import { findHeader, type HeaderMatch } from './header';
import { Lexicon } from './normalize';

export type SplitKey = SplitSum['key'];

/** What a header of the school sheet can name. */
export type SchoolTarget =
  { kind: 'column'; column: SchoolColumn } | { kind: 'split'; key: SplitKey; index: number; header: string };

/** A school-sheet table made ready for reading. */
export interface SchoolTable {
  columns: readonly SchoolColumn[];
  columnOf: ReadonlyMap<SchoolColumn['key'], SchoolColumn>;
  /** Canonical headers, aliases (TEMPLATE.md's, then the forms'), and the parts of split figures. */
  lexicon: Lexicon<SchoolTarget>;
  /** The split forms of each figure that has one (aliases.ts). */
  splitOf: ReadonlyMap<SplitKey, SplitSum>;
}

/** The table of `columns`, with its lexicon built once. */
export function schoolTable(columns: readonly SchoolColumn[]): SchoolTable {
  const lexicon = new Lexicon<SchoolTarget>();
  // Headers first, then aliases, then the forms' names: the first text added for a key wins.
  for (const column of columns) lexicon.add(column.header, { kind: 'column', column });
  for (const column of columns) for (const a of column.aliases) lexicon.add(a, { kind: 'column', column });
  for (const column of columns) for (const a of column.formAliases ?? []) lexicon.add(a, { kind: 'column', column });
  for (const g of SPLIT_SUMS) {
    g.parts.forEach((names, index) => {
      for (const name of names) lexicon.add(name, { kind: 'split', key: g.key, index, header: names[0] });
    });
  }
  return {
    columns,
    columnOf: new Map(columns.map((c) => [c.key, c])),
    lexicon,
    splitOf: new Map(SPLIT_SUMS.map((g) => [g.key, g])),
  };
}

/** The template's school sheet. */
export const SCHOOL_TABLE: SchoolTable = schoolTable(SCHOOL_COLUMNS);

/** The canonical header of a column, for messages. */
export function headerOf(table: SchoolTable, key: SchoolColumn['key']): string {
  return table.columnOf.get(key)?.header ?? key;
}

/** The drop-down choices of a column, for messages. */
export function choicesOf(table: SchoolTable, key: SchoolColumn['key']): readonly string[] {
  return table.columnOf.get(key)?.choices ?? [];
}

const targetId = (t: SchoolTarget): string => (t.kind === 'column' ? t.column.key : `${t.key}#${t.index}`);

/** TEMPLATE.md: 学校名称 or 学校代码, 学校类型, and at least two more recognised columns. */
function acceptSchoolHeader(ids: Set<string>): boolean {
  return (ids.has('name') || ids.has('code')) && ids.has('type') && ids.size >= 4;
}

/** Finds the header of a school sheet in its first 10 rows; null when there is none. */
export function findSchoolHeader(grid: SheetGrid, table: SchoolTable = SCHOOL_TABLE): HeaderMatch<SchoolTarget> | null {
  return findHeader(grid, table.lexicon, targetId, acceptSchoolHeader);
}
