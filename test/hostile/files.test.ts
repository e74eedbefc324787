/**
 * The command line's own files: inputs that are not regular files, outputs that are the input (by device and
 * inode) or each other, outputs that cannot be written, and the guarantee that a failed run leaves every file
 * as it was and no new one; the JSON written in blocks exactly as JSON.stringify writes it; a closed pipe.
 */
import { spawnSync } from 'child_process';
import {
  closeSync,
  existsSync,
  promises as fs,
  linkSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeSync,
} from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import {
  type Content,
  type OutputTarget,
  bytesContent,
  jsonBlocks,
  jsonContent,
  jsonPieces,
  writeAll,
} from '../../src/cli/files';
import { buildCli } from '../support/cliBuild';

const NOW = '2024-06-01T08:00:00Z';
const root = path.resolve(__dirname, '..', '..');

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l), env: { JUNHENG_NOW: NOW } }, out, err };
}

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-files-'));
  sample = path.join(dir, 'sample.xlsx');
  expect(await main(['template', sample, '--sample'], capture().io)).toBe(0);
}, 120_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Runs `evaluate` and expects exit 2, one line holding `fragment`, the input unchanged and no new file. */
async function expectRefusal(args: string[], fragment: string): Promise<void> {
  const before = await fs.readFile(sample);
  const listing = readdirSync(dir).sort();
  const c = capture();
  expect(await main(['evaluate', ...args], c.io)).toBe(2);
  expect(c.out).toEqual([]);
  expect(c.err).toHaveLength(1);
  expect(c.err[0]).toContain(fragment);
  expect((await fs.readFile(sample)).equals(before)).toBe(true);
  expect(readdirSync(dir).sort()).toEqual(listing);
}

describe('inputs that are not workbook files', () => {
  it('a directory is named as a folder, not as a missing file', async () => {
    await expectRefusal([dir], '是文件夹，不是工作簿文件');
  });

  it('a FIFO and a device are refused without being opened', async () => {
    const fifo = path.join(dir, 'pipe.xlsx');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await expectRefusal([fifo], '不是普通文件');
    await fs.rm(fifo);
    await expectRefusal(['/dev/zero'], '不是普通文件');
  });

  it('an .xls and a .csv are told to be saved as .xlsx', async () => {
    const xls = path.join(dir, 'old.xls');
    await fs.writeFile(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(508)]));
    await expectRefusal([xls], '是 .xls 文件，请先在 Excel 中“另存为” .xlsx');
    const csv = path.join(dir, 'schools.csv');
    await fs.writeFile(csv, '学校代码,学校名称\n');
    await expectRefusal([csv], '是 .csv 文件');
    await fs.rm(xls);
    await fs.rm(csv);
  });
});

describe('outputs', () => {
  it('a hard link or a symbolic link to the input is the input', async () => {
    const hard = path.join(dir, 'hard.xlsx');
    linkSync(sample, hard);
    await expectRefusal([sample, '--out', hard], '不能是输入文件本身');
    await expectRefusal([sample, '--json', hard], '不能是输入文件本身');
    const soft = path.join(dir, 'soft.json');
    symlinkSync(sample, soft);
    await expectRefusal([sample, '--json', soft], '不能是输入文件本身');
    await fs.rm(hard);
    await fs.rm(soft);
  });

  it('--out and --json may not be the same file, however spelled', async () => {
    const out = path.join(dir, 'same.xlsx');
    await expectRefusal(
      [sample, '--out', out, '--json', path.join(dir, '.', 'sub', '..', 'same.xlsx')],
      '指向同一个文件',
    );
  });

  it('an unwritable --json fails before any work and keeps the previous output', async () => {
    const out = path.join(dir, 'previous.xlsx');
    await fs.writeFile(out, 'previous result');
    const folder = path.join(dir, 'a-folder');
    await fs.mkdir(folder);
    await expectRefusal([sample, '--out', out, '--json', folder], '这是一个文件夹');
    await expectRefusal([sample, '--out', out, '--json', path.join(out, 'x.json')], '所在文件夹无法创建');
    expect(await fs.readFile(out, 'utf8')).toBe('previous result');
    await fs.rm(out);
    await fs.rmdir(folder);
  });

  it('replaces an existing output whole under --force, keeping its permissions and leaving no temporary file', async () => {
    const out = path.join(dir, 'replace.xlsx');
    const json = path.join(dir, 'replace.json');
    await fs.writeFile(out, 'old');
    await fs.chmod(out, 0o600);
    const c = capture();
    // A file the command did not write is replaced only when asked (test/cli/overwrite.test.ts).
    expect(await main(['evaluate', sample, '--out', out, '--json', json, '--force'], c.io)).toBe(0);
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe('PK');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const text = await fs.readFile(json, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toHaveProperty('parts');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await fs.rm(out);
    await fs.rm(json);
  });
});

describe('writeAll: every output whole or none', () => {
  /** A content that fails the way a full disk or a file held open elsewhere does. */
  const failing =
    (code: string): Content =>
    (fd) => {
      writeSync(fd, 'partial');
      throw Object.assign(new Error(`${code}: system message in English`), { code });
    };
  const target = (p: string): OutputTarget => ({ given: p, target: p, mode: 0o666 });

  it.each([
    ['ENOSPC', '磁盘空间不足（原有文件未改动）'],
    ['EPERM', '文件可能正在 Excel 或其他程序中打开'],
    ['EBUSY', '文件可能正在 Excel 或其他程序中打开'],
  ])('%s on the second output leaves both targets as they were', async (code, message) => {
    const sub = await fs.mkdtemp(path.join(dir, 'write-'));
    const a = path.join(sub, 'a.xlsx');
    const b = path.join(sub, 'b.json');
    await fs.writeFile(a, 'previous a');
    await expect(
      writeAll([
        { out: target(a), content: bytesContent(new Uint8Array([1, 2, 3])) },
        { out: target(b), content: failing(code) },
      ]),
    ).rejects.toThrow(message);
    expect(await fs.readFile(a, 'utf8')).toBe('previous a');
    expect(readdirSync(sub)).toEqual(['a.xlsx']);
    await fs.rm(sub, { recursive: true });
  });
});

describe('the JSON, streamed', () => {
  it('parses to what JSON.stringify gives, with its rules for odd values', () => {
    const value = {
      a: [1, 'two', null, undefined, () => 0, { b: [], c: {}, d: undefined, e: NaN, f: -0 }],
      nested: { deeper: { deepest: { list: [{ x: '引号"与\n换行', y: [1, [2, [3]]] }] } } },
      date: new Date(Date.UTC(2024, 5, 1)),
      skipped: undefined,
      text: '\u2028\ud800',
    };
    const text = [...jsonPieces(value, '', '')].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    // The odd characters stay escaped as JSON.stringify escapes them, inside one line.
    expect(text).toContain(JSON.stringify(value.text));
    expect(text).toContain('{"list":[{"x":"引号\\"与\\n换行","y":[1,[2,[3]]]}]}');
    expect([...jsonPieces([], '', '')].join('')).toBe('[]');
    expect([...jsonPieces('x', '', '')].join('')).toBe('"x"');
  });

  it('writes a large result in blocks, never as one string', async () => {
    const schools = Array.from({ length: 20_000 }, (_, i) => ({
      code: `S${i}`,
      values: [i, i / 3, null],
      ok: i % 2 === 0,
    }));
    // Each block is filled again once the next is asked for: copied as it comes.
    const blocks: Buffer[] = [];
    for (const b of jsonBlocks({ schools })) blocks.push(Buffer.from(b));
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b.length).toBeLessThan(2 << 20);
    // The file holds those blocks, in order.
    const file = path.join(dir, 'blocks.json');
    const fd = openSync(file, 'w');
    try {
      await jsonContent({ schools })(fd);
    } finally {
      closeSync(fd);
    }
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(Buffer.concat(blocks).toString('utf8'));
    expect(JSON.parse(text)).toEqual({ schools });
    // One school a line.
    expect(text.split('\n')).toHaveLength(20_000 + 5);
  });
});

describe('a closed standard output', () => {
  it('ends the command quietly (`| head -c1`)', () => {
    const build = buildCli();
    expect(build.status).toBe(0);
    const out = path.join(dir, 'pipe.result.xlsx');
    const r = spawnSync(
      'bash',
      [
        '-c',
        // PIPESTATUS[0]: the command's own exit status, not that of head.
        `"${process.execPath}" bin/junheng.js evaluate "${sample}" --out "${out}" | head -c1 >/dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, JUNHENG_NOW: NOW } },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  }, 120_000);
});

describe('an interrupted write', () => {
  it('removes its temporary file and leaves the previous output when the process is terminated', async () => {
    if (!existsSync(path.join(root, 'build', 'cli', 'files.js'))) {
      expect(buildCli().status).toBe(0);
    }
    const sub = await fs.mkdtemp(path.join(dir, 'term-'));
    const target = path.join(sub, 'result.xlsx');
    await fs.writeFile(target, 'previous result');
    // The content writes part of the file, then the process is sent SIGTERM while the write is unfinished.
    const script = `
      const { writeAll } = require(${JSON.stringify(path.join(root, 'build', 'cli', 'files.js'))});
      const p = ${JSON.stringify(target)};
      writeAll([{ out: { given: p, target: p, mode: 0o666 }, content: async (fd) => {
        require('fs').writeSync(fd, 'partial');
        process.kill(process.pid, 'SIGTERM');
        await new Promise(() => setTimeout(() => undefined, 60000));
      } }]);`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(143);
    expect(await fs.readFile(target, 'utf8')).toBe('previous result');
    expect(readdirSync(sub)).toEqual(['result.xlsx']);
    await fs.rm(sub, { recursive: true });
  }, 120_000);
});
