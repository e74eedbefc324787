/**
 * The manifest's requirement set (issue 9): Excel versions without ExcelApi 1.9 must not be offered the add-in.
 * `npm run validate` checks that manifest.xml requires exactly the version the code declares, in the place the
 * schema wants; these tests run the script as users do, on the real manifest and on broken copies.
 */
import { REQUIRED_EXCEL_API } from '../../src/workbook/office';
import { ManifestWork, realManifest as real } from '../support/manifestCheck';

const work = new ManifestWork('junheng-requirements-');

/** Runs `npm run validate`'s script offline on `xml`; returns its exit status and output. */
function validateXml(name: string, xml: string): { status: number | null; out: string } {
  return work.validate(work.file(name, xml));
}

const REQUIREMENTS = /\s*<Requirements>[\s\S]*?<\/Requirements>/;

describe('the manifest requirement set', () => {
  it('the manifest requires ExcelApi 1.9, the version the code declares, and passes npm run validate', () => {
    expect(REQUIRED_EXCEL_API).toBe('1.9');
    expect(real()).toMatch(
      /<Requirements>\s*<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.9" \/>/,
    );
    const { status, out } = validateXml('real.xml', real());
    expect(out).toContain('manifest offline checks passed');
    expect(status).toBe(0);
  });

  it('a manifest without Requirements is refused', () => {
    const { status, out } = validateXml('none.xml', real().replace(REQUIREMENTS, ''));
    expect(out).toContain('<Requirements> is missing: the add-in needs ExcelApi 1.9');
    expect(status).toBe(1);
  });

  it('a lower or a higher ExcelApi version than the code needs is refused', () => {
    const low = validateXml('low.xml', real().replace('MinVersion="1.9"', 'MinVersion="1.8"'));
    expect(low.out).toContain('the manifest requires ExcelApi 1.8, but the code needs 1.9');
    expect(low.status).toBe(1);
    // 1.13 is higher than 1.9 (versions compare by number, not as text).
    const high = validateXml('high.xml', real().replace('MinVersion="1.9"', 'MinVersion="1.13"'));
    expect(high.out).toContain('the manifest requires ExcelApi 1.13, more than the 1.9 the code needs');
    expect(high.status).toBe(1);
  });

  it('Requirements out of the schema order (after Permissions) is refused', () => {
    const xml = real();
    const block = REQUIREMENTS.exec(xml)?.[0] ?? '';
    expect(block).not.toBe('');
    const moved = xml
      .replace(block, '')
      .replace('<Permissions>ReadWriteDocument</Permissions>', `<Permissions>ReadWriteDocument</Permissions>${block}`);
    const { status, out } = validateXml('order.xml', moved);
    expect(out).toContain('<Requirements> must come after <Hosts> and before <DefaultSettings>');
    expect(status).toBe(1);
  });
});
