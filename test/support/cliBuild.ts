/** The compiled command line for tests that spawn `bin/junheng.js`. */
import { spawnSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '..', '..');

/**
 * `npm run build:cli`, unless Jest's global set-up already ran it for this run (it always does under `npm test`);
 * building again from a worker would rewrite build/ under the commands other workers are running.
 */
export function buildCli(): { status: number | null; stdout: string; stderr: string } {
  if (process.env.JUNHENG_CLI_BUILT === '1') return { status: 0, stdout: '', stderr: '' };
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: root, encoding: 'utf8' });
  return { status: build.status, stdout: build.stdout, stderr: build.stderr };
}
