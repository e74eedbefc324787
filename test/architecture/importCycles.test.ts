/**
 * No import cycles in `src/`, type-only imports included: when two modules need the same types, the types
 * live in a module both depend on.
 */
import { importCycles, importsOf } from './sourceScan';

/**
 * Groups still importing each other. The three compare* files are being rewritten by the year-comparison
 * work (issue 20), which removes their cycle; the list only shrinks.
 */
const KNOWN_CYCLES: readonly string[][] = [
  ['src/engine/columns.ts', 'src/engine/model.ts'],
  ['src/engine/compute/parts.ts', 'src/engine/compute/schoolItems.ts'],
  ['src/engine/monitoring/collect.ts', 'src/engine/monitoring/mapping.ts'],
  [
    'src/engine/monitoring/compareSchools.ts',
    'src/engine/monitoring/compareSettings.ts',
    'src/engine/monitoring/compareTypes.ts',
  ],
  ['src/workbook/xlsxPackage/sheetScan.ts', 'src/workbook/xlsxPackage/xmlScan.ts'],
];

describe('import cycles', () => {
  it('finds no group of files in src/ that import each other beyond the known ones', () => {
    const found = importCycles().map((g) => g.join(' <-> '));
    const known = KNOWN_CYCLES.map((g) => g.join(' <-> '));
    expect(found.filter((g) => !known.includes(g))).toEqual([]);
    // A group whose cycle was broken comes off the list.
    expect(known.filter((g) => !found.includes(g))).toEqual([]);
  });

  it('sees type-only imports and re-exports as imports', () => {
    // ResultView imports StatusWord and its type StatusFill; both lines count.
    expect(importsOf('src/taskpane/ResultView.tsx')).toContain('src/taskpane/StatusWord.tsx');
    expect(importsOf('src/taskpane/DutiesView.tsx')).toContain('src/taskpane/StatusWord.tsx');
    expect(importsOf('src/taskpane/section.ts')).toEqual([
      'src/taskpane/actions.ts',
      'src/taskpane/strings.ts',
      'src/taskpane/useEvaluation.ts',
      'src/taskpane/usePaneStatus.ts',
    ]);
  });

  it('finds a cycle through several files, a file importing itself, and only real cycles', () => {
    const graph: Record<string, string[]> = {
      a: ['b'],
      b: ['c'],
      c: ['a', 'd'],
      d: [],
      e: ['a', 'e'],
      f: ['d'],
    };
    expect(importCycles(Object.keys(graph), (f) => graph[f])).toEqual([['a', 'b', 'c'], ['e']]);
  });
});
