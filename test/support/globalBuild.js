/**
 * Jest's global set-up: compiles the command line once, before any test file runs. Test files that spawn
 * `bin/junheng.js` used to run `npm run build:cli` each in their own worker, and one worker's tsc rewriting
 * build/ while another's command was loading it made that command fail at random.
 */
const { spawnSync } = require('child_process');
const path = require('path');

module.exports = async function globalBuild() {
  const root = path.resolve(__dirname, '..', '..');
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed before the tests:\n${build.stdout}${build.stderr}`);
  // Read by test/support/cliBuild.ts in every worker, which inherit this environment.
  process.env.JUNHENG_CLI_BUILT = '1';
};
