/**
 * The last step of `npm run build:cli`: runs the bundled command over the sample county (`template --sample`,
 * then `evaluate --json`) in this process, and writes V8's code for it, every function the run compiled, to
 * build/cli/junheng.cache for `bin/junheng.js` to start from. The run writes only into a temporary folder.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadCommand, CACHE } = require('../bin/loadCommand');

const quiet = { out: () => undefined, err: (line) => process.stderr.write(`${line}\n`), env: {} };

async function train() {
  const command = loadCommand({ useCache: false });
  if (!command || !command.script) throw new Error('build/cli/junheng.js is missing: run webpack first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'junheng-cache-'));
  try {
    const sample = path.join(dir, '示例县.xlsx');
    const runs = [
      ['template', sample, '--sample'],
      ['evaluate', sample, '--out', path.join(dir, 'out.xlsx'), '--json', path.join(dir, 'out.json')],
    ];
    for (const argv of runs) {
      const code = await command.exports.main(argv, quiet);
      if (code !== 0) throw new Error(`junheng ${argv[0]} failed with status ${code}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const temp = `${CACHE}.${process.pid}.tmp`;
  fs.writeFileSync(temp, command.script.createCachedData());
  fs.renameSync(temp, CACHE);
}

train().catch((e) => {
  process.stderr.write(`code cache: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
