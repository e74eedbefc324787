/**
 * Docs match the product: every link of README.md and docs/ resolves inside the repository (compare.md once pointed
 * at OUTPUT.md, which is not in it), no page names a spec file that is not there, the commands are written as the
 * installed `junheng`, the template's sheet count is the template's, and the supported Node version is true for
 * every package the lock file installs (docx 9.15 once pulled nanoid 6, which asks for Node 22).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { buildTemplateSheets } from '../../src/engine/template';

/** npm's own range reader (installed with npm's tool chain; it has no types of its own here). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- semver ships no types and is not a direct dependency
const semver = require('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const root = path.resolve(__dirname, '..', '..');
const pages = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const text = (p: string): string => readFileSync(path.join(root, p), 'utf8');

/** The targets of the markdown links `[words](target)` of a page, anchors and web addresses left out. */
function localLinks(md: string): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = m[1].split('#')[0];
    if (target === '' || /^[a-z]+:/i.test(target)) continue;
    out.push(decodeURIComponent(target));
  }
  return out;
}

describe('every link of README and docs/ resolves inside the repository', () => {
  it.each(pages)('%s', (page) => {
    const broken = localLinks(text(page)).filter((t) => !existsSync(path.resolve(root, path.dirname(page), t)));
    expect(broken).toEqual([]);
  });

  it('names no spec file that is not in the repository (OUTPUT.md, DUTIES.md…)', () => {
    for (const page of pages) {
      for (const m of text(page).matchAll(/\b([A-Z]+\.md)\b/g)) {
        expect([page, existsSync(path.join(root, m[1]))]).toEqual([page, true]);
      }
    }
  });
});

describe('the commands are written as the installed junheng', () => {
  it.each(pages.filter((p) => p.startsWith('docs/')))('%s runs `junheng …`, not `npx junheng …`', (page) => {
    // The only npx line allowed is the one that says what to do without installing.
    const lines = text(page)
      .split('\n')
      .filter((l) => l.includes('npx junheng') && !l.includes('没有安装'));
    expect(lines).toEqual([]);
  });
});

describe('docs/template.md counts the template’s sheets', () => {
  it('says 九张表, one per sheet the template writes', () => {
    const sheets = buildTemplateSheets({ sample: false });
    expect(sheets).toHaveLength(9);
    const doc = text('docs/template.md');
    expect(doc).toContain('模板有九张表');
    for (const s of sheets) expect(doc).toContain(`\`${s.name}\``);
  });
});

describe('the supported Node version holds for every installed package', () => {
  it('every package of package-lock.json accepts the lowest Node that package.json allows', () => {
    const pkg = JSON.parse(text('package.json')) as { engines: { node: string } };
    const lowest = semver.minVersion(pkg.engines.node)?.version ?? '';
    expect(lowest).toBe('20.19.0');
    const lock = JSON.parse(text('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => {
        const range = !Array.isArray(p.engines) ? p.engines?.node : undefined;
        return name !== '' && range !== undefined && !semver.satisfies(lowest, range);
      })
      .map(([name, p]) => `${name} ${JSON.stringify(p.engines)}`);
    expect(refusing).toEqual([]);
  });
});
