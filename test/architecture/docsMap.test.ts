/**
 * docs/architecture.md is kept true: every path it names exists, and the layers it describes hold (each layer of
 * src/ imports only what the page says it may).
 */
import * as fs from 'fs';
import * as path from 'path';
import { importsOf, ROOT, sourceFiles } from './sourceScan';

const page = fs.readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');

/** The repository paths the page names in code spans: `src/…`, `test/…`, `docs/…`. */
function namedPaths(text: string): string[] {
  const spans = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
  return [...new Set(spans.filter((s) => /^(src|test|docs)\//.test(s)))];
}

/** What each layer may import, as the page's table says. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  'src/engine/': ['src/engine/'],
  'src/workbook/': ['src/engine/', 'src/workbook/'],
  'src/cli/': ['src/engine/', 'src/workbook/', 'src/plan-solver/', 'src/cli/'],
  'src/taskpane/': ['src/engine/', 'src/workbook/', 'src/plan-solver/', 'src/taskpane/'],
  'src/web/': ['src/engine/', 'src/workbook/', 'src/taskpane/', 'src/plan-solver/', 'src/web/'],
  'src/plan-solver/': ['src/engine/', 'src/plan-solver/'],
};

describe('docs/architecture.md', () => {
  it('names only paths that exist', () => {
    const paths = namedPaths(page);
    // The page walks evaluate through at least the reader, calculators, sheets and both writers.
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  it('finds a path that does not exist (the check can fail)', () => {
    const named = namedPaths('see `src/engine/nowhere.ts` and `src/engine/evaluate.ts`');
    expect(named.filter((p) => !fs.existsSync(path.join(ROOT, p)))).toEqual(['src/engine/nowhere.ts']);
  });

  it('describes layers that hold: no import points up or sideways', () => {
    const layers = Object.keys(MAY_IMPORT);
    for (const layer of layers) expect(page).toContain(`\`${layer}\``);
    const wrong: string[] = [];
    for (const file of sourceFiles()) {
      const layer = layers.find((l) => file.startsWith(l));
      if (!layer) continue;
      for (const target of importsOf(file)) {
        if (!MAY_IMPORT[layer].some((l) => target.startsWith(l))) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
