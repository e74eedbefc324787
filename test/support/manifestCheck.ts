/**
 * Runs `npm run validate`'s script (`scripts/validate-manifest.mjs`) as users do, in a child process, offline,
 * against a folder standing for a finished build (dist/ with taskpane.html).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'validate-manifest.mjs');
export const MANIFEST = join(ROOT, 'manifest.xml');

/** The real manifest's text. */
export const realManifest = (): string => readFileSync(MANIFEST, 'utf8');

/** A scratch folder with a stand-in build; made in `beforeAll`, removed in `afterAll`. */
export class ManifestWork {
  dir = '';
  dist = '';

  constructor(prefix: string) {
    beforeAll(() => {
      this.dir = mkdtempSync(join(tmpdir(), prefix));
      this.dist = join(this.dir, 'dist');
      mkdirSync(this.dist);
      writeFileSync(join(this.dist, 'taskpane.html'), '<!doctype html><title>均衡评估</title>');
    });
    afterAll(() => rmSync(this.dir, { recursive: true, force: true }));
  }

  /** Writes `xml` under `name` in the scratch folder and gives its path. */
  file(name: string, xml: string): string {
    const file = join(this.dir, name);
    writeFileSync(file, xml);
    return file;
  }

  /** The script's exit status and output for the manifest at `manifest`. */
  validate(manifest: string, distDir = this.dist): { status: number | null; out: string } {
    const run = spawnSync(process.execPath, [SCRIPT, '--manifest', manifest, '--dist', distDir, '--offline'], {
      encoding: 'utf8',
    });
    return { status: run.status, out: `${run.stdout}${run.stderr}` };
  }
}
