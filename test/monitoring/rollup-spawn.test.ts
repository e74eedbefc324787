/**
 * `rollup` and `collect` as a user runs them: `node bin/junheng.js`, after `npm run build:cli`. The roll-up runs
 * on worker threads here (the compiled worker exists), and must give exactly what one thread gives.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { evaluateCounties } from '../../src/cli/rollup';
import { newWorkbookBytes } from '../../src/cli/newWorkbook';
import { buildRollup, rollupJson } from '../../src/engine/monitoring/rollup';
import { readGrids } from '../../src/workbook/xlsxPackage';
import { cityForm } from './cityForm';
import { FORM_C_VALUES, PRIMARY } from './collectForms';
import { buildCli } from '../support/cliBuild';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'junheng.js');
const fixtures = path.join(root, 'test', 'fixtures');
let dir: string;

function junheng(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, JUNHENG_NOW: '2026-12-01T00:00:00Z', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-rollup-spawn-'));
  const build = buildCli();
  expect([build.status, build.stderr.includes('error TS') ? build.stdout : '']).toEqual([0, '']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('node bin/junheng.js rollup | collect', () => {
  it('rolls up on two worker threads exactly as on one, listing the unreadable workbook', async () => {
    const bad = path.join(dir, '坏文件.xlsx');
    writeFileSync(bad, 'not a workbook');
    const files = [
      path.join(fixtures, 'seed-000-rongchang', 'input.xlsx'),
      path.join(fixtures, 'composite-passes-one-fails', 'input.xlsx'),
      bad,
      path.join(fixtures, 'weighted-vs-unweighted', 'input.xlsx'),
    ];
    const json = path.join(dir, 'city.json');
    const r = junheng(['rollup', ...files, '--out', path.join(dir, 'city.xlsx'), '--json', json], {
      JUNHENG_THREADS: '2',
    });
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      '已汇总 3 个区县，1 个工作簿无法读取（见区县汇总表）',
      '  荣昌区：待填报',
      '  综合达标县：未达标',
      `  ${bad}：无法读取`,
      '  加权县：未达标',
    ]);
    const oneThread = rollupJson(buildRollup(await evaluateCounties(files, 1)));
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(JSON.parse(JSON.stringify(oneThread)));
  });

  it('collects forms and lists rollup and collect in the help text', async () => {
    const forms = path.join(dir, 'forms');
    mkdirSync(forms);
    for (const [name, values] of [
      ['城南小学.xlsx', PRIMARY],
      ['新城.xlsx', FORM_C_VALUES],
    ] as const) {
      const grid = cityForm(values);
      const spec = { name: grid.name, values: grid.values as (string | number | null)[][] };
      const sheet = { ...spec, numberFormats: [], fills: [], bold: [], merges: [], columnWidths: [] };
      writeFileSync(path.join(forms, name), await newWorkbookBytes([sheet], new Date('2026-12-01T00:00:00Z')));
    }
    const out = path.join(dir, '区县.xlsx');
    const r = junheng(['collect', forms, '--out', out]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe('已采集 2 所学校（2 个文件），采集问题：错误 2 个，警告 2 个');
    const school = readGrids(readFileSync(out)).sheets[0];
    expect(school.values.slice(2, 4).map((row) => row[1])).toEqual(['城南小学', '新城九年一贯制学校']);
    const help = junheng(['--help']);
    expect(help.stdout).toContain('junheng rollup <区县.xlsx | 文件夹>…');
    expect(help.stdout).toContain('junheng collect <学校填报表.xlsx | 文件夹>… --out <区县.xlsx>');
  });
});
