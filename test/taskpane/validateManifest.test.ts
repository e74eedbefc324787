/**
 * `npm run validate` on the real manifest and on broken copies of it. The script runs as users run it
 * (a child process); `--offline` keeps the test off the network and `--dist` stands for a finished build.
 */
import { join } from 'node:path';
import { MANIFEST, ManifestWork, realManifest } from '../support/manifestCheck';

// The build emits taskpane.html into dist/; the icons are served from assets/.
const work = new ManifestWork('junheng-manifest-');
const validate = (manifest: string, distDir?: string) => work.validate(manifest, distDir);

/** A copy of the real manifest with `edit` applied; fails the test if the edit changed nothing. */
function brokenCopy(name: string, edit: (xml: string) => string): string {
  const xml = realManifest();
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  return work.file(name, changed);
}

describe('validate-manifest', () => {
  it('passes the real manifest once the build has produced taskpane.html', () => {
    const { status, out } = validate(MANIFEST);
    expect(out).toContain('manifest offline checks passed');
    expect(out).toContain('online validation skipped (--offline)');
    expect(status).toBe(0);
  });

  it('names a GUID Id, zh-CN by default, ReadWriteDocument and the Home tab button', () => {
    const xml = realManifest();
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('DefaultValue="均衡评估"');
  });

  it('fails when the build has not run: taskpane.html is not served', () => {
    const { status, out } = validate(MANIFEST, join(work.dir, 'no-build'));
    expect(status).toBe(1);
    expect(out).toContain('https://localhost:3000/taskpane.html is not served');
    expect(out).toContain('run npm run build:addin first');
  });

  it('fails on a bad Id and a missing icon, naming both', () => {
    const file = brokenCopy('bad-id-missing-icon.xml', (xml) =>
      xml
        .replace(/<Id>[^<]+<\/Id>/, '<Id>junheng-addin</Id>')
        .replace(
          'Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-48.png"',
        ),
    );
    const { status, out } = validate(file);
    expect(status).toBe(1);
    expect(out).toContain('Id "junheng-addin" is not a GUID');
    expect(out).toContain('https://localhost:3000/assets/icon-48.png is not served');
  });

  it('fails when an icon is not the size the ribbon asks for', () => {
    const file = brokenCopy('wrong-size.xml', (xml) =>
      xml.replace(
        'Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
      ),
    );
    const { status, out } = validate(file);
    expect(status).toBe(1);
    expect(out).toContain('https://localhost:3000/assets/icon-64.png is 64×64, expected 80×80');
  });

  it('fails on the wrong default locale, a missing en-US override and an undefined resid', () => {
    const file = brokenCopy('locales.xml', (xml) =>
      xml
        .replace('<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>')
        .replace('<bt:Override Locale="en-US" Value="Junheng" />', '')
        .replace('<Label resid="Button.Label" />', '<Label resid="Button.Caption" />'),
    );
    const { status, out } = validate(file);
    expect(status).toBe(1);
    expect(out).toContain('DefaultLocale is "en-US", expected zh-CN');
    expect(out).toContain('string "Group.Label" has no en-US override');
    expect(out).toContain('refers to resid "Button.Caption", which is not defined');
  });

  it('fails when the button no longer opens the pane, or a URL leaves the dev server', () => {
    const file = brokenCopy('action.xml', (xml) =>
      xml
        .replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">')
        .replace(
          '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html" />',
          '<SupportUrl DefaultValue="https://example.com/help" />',
        ),
    );
    const { status, out } = validate(file);
    expect(status).toBe(1);
    expect(out).toContain('the Home tab button does not open the pane (ShowTaskpane)');
    expect(out).toContain('https://example.com/help is not on the dev server https://localhost:3000/');
  });

  it('fails on XML that does not parse, with its line', () => {
    const file = brokenCopy('syntax.xml', (xml) => xml.replace('</ProviderName>', '</Provider>'));
    const { status, out } = validate(file);
    expect(status).toBe(1);
    expect(out).toMatch(/XML does not parse: .+ \(line 9, column \d+\)/);
  });
});
