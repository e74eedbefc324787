/**
 * No import cycles in `src/`, type-only imports included: when two modules need the same types, the types
 * live in a module both depend on.
 */
import { importCycles, importsOf } from './sourceScan';

describe('import cycles', () => {
  it('finds no group of files in src/ that import each other', () => {
    expect(importCycles().map((g) => g.join(' <-> '))).toEqual([]);
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
