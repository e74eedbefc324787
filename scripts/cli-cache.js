/**
 * The last step of `npm run build:cli`: checks that the bundle is ASCII (bin/loadCommand.js reads it as
 * latin1), runs it over the sample county (`evaluate --json`) in this process, and writes V8's code for it,
 * every function that run compiled, to build/cli/junheng.cache for `bin/junheng.js` to start from. The sample is
 * written by tsc's build of the command, so that the cache holds what `evaluate` compiles and not `template`'s
 * code as well (a smaller cache loads faster). Everything is written into a temporary folder.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { loadCommand, CACHE, BUNDLE } = require('../bin/loadCommand');

const quiet = { out: () => undefined, err: (line) => process.stderr.write(`${line}\n`), env: {} };

function checkAscii() {
  const bytes = fs.readFileSync(BUNDLE);
  const at = bytes.findIndex((b) => b > 0x7f);
  if (at >= 0) throw new Error(`${BUNDLE} has a byte outside ASCII at ${at}: the bundle must escape it`);
}

async function run(main, argv) {
  const code = await main(argv, quiet);
  if (code !== 0) throw new Error(`junheng ${argv[0]} failed with status ${code}`);
}

async function train() {
  checkAscii();
  const command = loadCommand({ useCache: false });
  if (!command || !command.script) throw new Error(`${BUNDLE} is missing: run webpack first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'junheng-cache-'));
  try {
    const sample = path.join(dir, '示例县.xlsx');
    await run(require('../build/cli/main.js').main, ['template', sample, '--sample']);
    const out = ['--out', path.join(dir, 'out.xlsx'), '--json', path.join(dir, 'out.json')];
    await run(command.exports.main, ['evaluate', sample, ...out]);
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
