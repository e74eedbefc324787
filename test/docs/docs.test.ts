/**
 * The README and docs/ say what a user needs from a fresh clone: the method, the template's sheets and columns with
 * every name the reader accepts, the output and the JSON, and how to get a `junheng` command. Pinned against the
 * code's own tables, so a column or alias added without its documentation fails here.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import {
  COUNTY_ITEMS,
  OUTPUT_SHEETS,
  SCHOOL_COLUMNS,
  SCHOOL_TYPE_ALIASES,
  SELF_ASSESSED_ROWS,
  SHEETS,
  VETO_ROWS,
} from '../../src/engine/columns';
import { evaluate } from '../../src/engine/evaluate';
import {
  COUNTY_FORM_ALIASES,
  SCHOOL_FORM_ALIASES,
  SCHOOL_TYPE_FORM_ALIASES,
  SPLIT_SUMS,
} from '../../src/engine/read/aliases';
import { INDICATOR_IDS } from '../../src/engine/result';
import { defaultSettings } from '../../src/engine/settings';
import { buildTemplateSheets } from '../../src/engine/template';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');
const method = read('docs/method.md');
const template = read('docs/template.md');
const output = read('docs/output.md');
const index = read('docs/index.md');

/** The cells of every table row of a markdown text, trimmed (prettier pads them). */
function tableRows(md: string): string[][] {
  return md
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}

describe('README', () => {
  it('links docs/ instead of ../shared/spec, which a clone does not have', () => {
    expect(readme).not.toContain('../shared');
    for (const page of ['docs/index.md', 'docs/method.md', 'docs/template.md', 'docs/output.md']) {
      expect([page, readme.includes(`](${page})`)]).toEqual([page, true]);
    }
  });

  it('says how long npm test takes and how much memory, which tests need LibreOffice and chromium, and the certificate', () => {
    expect(readme).toMatch(/npm test +# 全部测试：在 2 核机器上约 \d+ 分钟[^\n]*，内存峰值约 1\.5 GB/);
    expect(readme).toContain('LibreOffice（`soffice`）');
    expect(readme).toContain('chromium');
    expect(readme).toMatch(/npm start[^\n]*首次运行会安装本机开发证书/);
  });

  it('installs a junheng command on the PATH and uses it, not npx, from the blank template to a result', () => {
    expect(readme).toContain('npm run install:command');
    expect(JSON.parse(read('package.json')).scripts['install:command']).toBe('node scripts/install-command.mjs');
    expect(readme).toContain('junheng template 我县.xlsx');
    expect(readme).toContain('junheng evaluate 我县.xlsx');
    expect(readme).not.toMatch(/^npx junheng/m);
    expect(index).toContain('npm run install:command');
  });
});

describe('docs/', () => {
  it('has no broken relative link', () => {
    for (const file of ['README.md', 'docs/index.md', 'docs/method.md', 'docs/template.md', 'docs/output.md']) {
      const dir = path.dirname(path.join(root, file));
      for (const m of read(file).matchAll(/\]\(([^)#:]+\.md)\)/g)) {
        expect([file, m[1], existsSync(path.join(dir, m[1]))]).toEqual([file, m[1], true]);
      }
    }
  });

  it('template.md names every template sheet, school column, county row and every alias the reader accepts', () => {
    const names: string[] = [...Object.values(SHEETS)];
    for (const c of SCHOOL_COLUMNS) names.push(c.header, ...c.aliases, ...(SCHOOL_FORM_ALIASES[c.key] ?? []));
    for (const g of SPLIT_SUMS) names.push(...g.parts.map((p) => p[0]));
    for (const i of COUNTY_ITEMS) names.push(i.label, ...(COUNTY_FORM_ALIASES[i.key] ?? []));
    names.push(...SELF_ASSESSED_ROWS.map((r) => r.label), ...VETO_ROWS);
    names.push(...Object.keys(SCHOOL_TYPE_ALIASES), ...Object.keys(SCHOOL_TYPE_FORM_ALIASES));
    const missing = names.filter((n) => !template.includes(n));
    expect(missing).toEqual([]);
  });

  it('method.md gives every indicator, item and default standard of RULES.md, with its sources', () => {
    expect(method).toContain('教督〔2017〕6号');
    expect(method).toContain('国教督办函〔2019〕30号');
    const rows = new Map(tableRows(method).map((cells) => [cells[0], cells]));
    const ids = [
      ...INDICATOR_IDS,
      ...Array.from({ length: 15 }, (_, i) => `G${i + 1}`),
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5～Q8',
      'Q9',
    ];
    expect(ids.filter((id) => !rows.has(id))).toEqual([]);
    // The two standards of each indicator, primary then junior, as the defaults of 评估标准 have them.
    const s = defaultSettings();
    for (const id of INDICATOR_IDS) {
      const cells = rows.get(id)!;
      const want = [s[`${id}.primary` as keyof typeof s], s[`${id}.junior` as keyof typeof s]];
      expect([id, Number(cells[3]), Number(cells[4])]).toEqual([id, ...want]);
    }
    expect(method).toContain('平均值 = Σ Pi·Xi ÷ P');
    expect(method).toContain('W = P + 1.1J');
  });

  it('output.md names the five output sheets and every key of the JSON result', () => {
    for (const name of Object.values(OUTPUT_SHEETS)) expect(output).toContain(`\`${name}\``);
    const outcome = evaluate({
      sheets: buildTemplateSheets({ sample: true }).map((x) => ({
        name: x.name,
        values: x.values.map((r) => r.map((v) => v ?? null)),
      })),
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const r = outcome.result;
    const keys = [
      ...Object.keys(r).filter((k) => k !== 'schoolSheet'),
      ...Object.keys(r.sections),
      ...Object.keys(r.parts[0]),
      ...Object.keys(r.coefficients.primary.L1),
      ...Object.keys(r.guarantee[12]),
      ...Object.keys(r.shortfalls[0]),
      ...Object.keys(r.issues[0]),
    ];
    const missing = [...new Set(keys)].filter((k) => !output.includes(`\`${k}\``));
    expect(missing).toEqual([]);
  });
});
