/**
 * The command as a bureau installs it: `npm run package:cli` packs dist/junheng-<version>.tgz, which
 * `npm install -g <file> --offline` installs into a fresh prefix with an empty npm cache and a registry that
 * cannot be reached; the installed `junheng` then writes, evaluates and reports a county in a folder whose name has
 * Chinese characters and spaces, byte for byte as the project's own build does.
 */
import { promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { buildCli } from '../support/cliBuild';
import { ROOT, run } from './support';

const SCRIPT = path.join(ROOT, 'scripts', 'package-cli.mjs');
const BIN = path.join(ROOT, 'bin', 'junheng.js');
const NOW = '2026-03-02T01:30:00Z';
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment without what `npm test` passes down (npm_config_*), with no registry reachable. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

describe('package:cli', () => {
  let dir = '';
  let tarball = '';
  let prefix = '';
  let cache = '';
  let county = '';
  let installOutput = '';

  beforeAll(async () => {
    const built = buildCli();
    if (built.status !== 0) throw new Error(`build:cli failed\n${built.stdout}${built.stderr}`);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-package-test-'));
    await run(process.execPath, [SCRIPT, '--no-build', '--out', path.join(dir, 'dist')]);
    tarball = path.join(dir, 'dist', `junheng-${version}.tgz`);
    prefix = path.join(dir, 'prefix');
    cache = path.join(dir, 'empty-cache');
    await fs.mkdir(cache);
    county = path.join(dir, '县 教育局', '2025 年 数据');
    await fs.mkdir(county, { recursive: true });
    const env = cleanEnv({ npm_config_registry: 'http://127.0.0.1:9/' });
    const npmArgs = ['install', '-g', tarball, '--offline', '--prefix', prefix, '--cache', cache, '--no-audit'];
    installOutput = (await run('npm', [...npmArgs, '--no-fund'], { env, cwd: dir })).stdout;
  }, 600_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  /** Runs the installed `junheng` by name, as a user types it, in the county's folder. */
  const junheng = (...args: string[]): Promise<{ stdout: string; stderr: string }> =>
    run('junheng', args, {
      cwd: county,
      env: cleanEnv({ PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, JUNHENG_NOW: NOW }),
    });

  it('packs a tarball whose only dependencies are bundled inside it', async () => {
    expect(installOutput).toMatch(/added 1 package/);
    const installed = path.join(prefix, 'lib', 'node_modules', 'junheng');
    const pkg = JSON.parse(await fs.readFile(path.join(installed, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...pkg.bundleDependencies].sort());
    // highs (the solver of `plan`) is loaded only by that command, but it must be there offline.
    for (const name of ['docx', 'exceljs', 'fflate', 'jszip', 'saxes', 'highs']) {
      expect([name, pkg.bundleDependencies.includes(name)]).toEqual([name, true]);
    }
    // The pane's packages stay out of the command.
    for (const name of ['react', 'react-dom', '@fluentui/react-components']) {
      expect([name, pkg.bundleDependencies.includes(name)]).toEqual([name, false]);
    }
  });

  it('template, evaluate, report and plan work in a folder named in Chinese with spaces, as the build does', async () => {
    const sample = '示例 县 2025.xlsx';
    await junheng('template', sample, '--sample');
    const evaluated = await junheng('evaluate', sample);
    expect(evaluated.stdout).toContain('评估结果已写入：示例 县 2025.result.xlsx');
    const reported = await junheng('report', sample);
    expect(reported.stdout).toContain('自评报告初稿已写入：示例 县 2025.report.docx');
    // The solver's WebAssembly is found inside the installed package.
    const planned = await junheng('plan', sample, '--json', '规划 结果.json');
    expect(planned.stdout).toContain('创建规划');
    const plan = JSON.parse(await fs.readFile(path.join(county, '规划 结果.json'), 'utf8')).plan;
    expect(plan.total).toBeGreaterThan(0);

    // The project's own build over the same workbook at the same time gives the same bytes.
    const here = path.join(dir, 'from-build');
    await fs.mkdir(here);
    await fs.copyFile(path.join(county, sample), path.join(here, sample));
    const env = cleanEnv({ JUNHENG_NOW: NOW });
    await run(process.execPath, [BIN, 'evaluate', sample], { cwd: here, env });
    await run(process.execPath, [BIN, 'report', sample], { cwd: here, env });
    for (const out of ['示例 县 2025.result.xlsx', '示例 县 2025.report.docx']) {
      const installedBytes = await fs.readFile(path.join(county, out));
      const buildBytes = await fs.readFile(path.join(here, out));
      expect([out, installedBytes.equals(buildBytes)]).toEqual([out, true]);
    }
    const result = unzipSync(new Uint8Array(await fs.readFile(path.join(county, '示例 县 2025.result.xlsx'))));
    expect(strFromU8(result['xl/workbook.xml'])).toContain('name="评估汇总"');
    const report = unzipSync(new Uint8Array(await fs.readFile(path.join(county, '示例 县 2025.report.docx'))));
    expect(strFromU8(report['word/document.xml'])).toContain('示例县创建全国');
  });

  it('says what is wrong with a missing file, in Chinese, naming it', async () => {
    await expect(junheng('evaluate', '没有 这个.xlsx')).rejects.toThrow(/没有 这个\.xlsx/);
  });
});
