/**
 * The installed command as a user runs it: `node bin/junheng.js`, after `npm run build:cli`.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildCli } from '../support/cliBuild';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'junheng.js');
let dir: string;

function junheng(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, JUNHENG_NOW: '2024-06-01T08:00:00Z' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-spawn-'));
  const build = buildCli();
  expect([build.status, build.stderr.includes('error TS') ? build.stdout : '']).toEqual([0, '']);
  expect(existsSync(path.join(root, 'build', 'cli', 'main.js'))).toBe(true);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('node bin/junheng.js', () => {
  it('writes the sample, evaluates it with exit 0, and refuses a missing file with exit 2 and one line', () => {
    const sample = path.join(dir, '示例县.xlsx');
    const t = junheng(['template', sample, '--sample']);
    expect(t.status).toBe(0);
    const e = junheng(['evaluate', sample]);
    expect(e.status).toBe(0);
    expect(e.stdout).toContain('总体结论：未达标');
    expect(existsSync(path.join(dir, '示例县.result.xlsx'))).toBe(true);

    const missing = junheng(['evaluate', path.join(dir, 'absent.xlsx')]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    const lines = missing.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^junheng: 找不到文件：/);
  });

  it('evaluate loads no package at all for an ordinary workbook (zlib inflates, the fast scanner reads): the start-up of a 300-school county stays small', () => {
    const sample = path.join(dir, '加载.xlsx');
    expect(junheng(['template', sample, '--sample']).status).toBe(0);
    // Runs the command in a process that lists, after it finishes, every package module it loaded.
    const script =
      `require(${JSON.stringify(path.join(root, 'build', 'cli', 'main.js'))})` +
      `.main(['evaluate', ${JSON.stringify(sample)}]).then((code) => {` +
      `const loaded = Object.keys(require.cache).filter((m) => m.includes('node_modules'))` +
      `.map((m) => m.split('node_modules/').pop().split('/')[0]);` +
      `process.stderr.write(JSON.stringify({ code, packages: [...new Set(loaded)].sort() }));});`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    const { code, packages } = JSON.parse(r.stderr) as { code: number; packages: string[] };
    expect(code).toBe(0);
    // saxes reads only a part the fast scanner gives up on: none in an ordinary workbook.
    expect(packages).toEqual([]);
  });

  it('starts from the one-file bundle with the code cache the build wrote, and V8 accepts the cache', () => {
    const sample = path.join(dir, '缓存.xlsx');
    expect(junheng(['template', sample, '--sample']).status).toBe(0);
    // Loads the command as bin/junheng.js does, evaluates, then lists the package modules Node loaded.
    const script =
      `const c = require(${JSON.stringify(path.join(root, 'bin', 'loadCommand.js'))}).loadCommand();` +
      `c.exports.main(['evaluate', ${JSON.stringify(sample)}], { out() {}, err() {}, env: {} }).then((code) => {` +
      `const loaded = Object.keys(require.cache).filter((m) => m.includes('node_modules'));` +
      `process.stderr.write(JSON.stringify({ code, bundled: c.script !== null,` +
      ` rejected: c.script && c.script.cachedDataRejected, loaded }));});`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    const run = JSON.parse(r.stderr) as { code: number; bundled: boolean; rejected: boolean; loaded: string[] };
    // saxes and xmlchars are inside the bundle, and not needed here either: an evaluate loads no package at all.
    expect(run).toEqual({ code: 0, bundled: true, rejected: false, loaded: [] });
  });
});
