/**
 * The element trees of the small parts (workbook, relationships, content types, styles, app properties), read with
 * the fast scanner first against the conforming parser alone: the same tree, offsets included, or the same
 * message, for every part of the fixtures and for odd but valid and for broken parts.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { checkPackage } from '../../../src/workbook/xlsxPackage/checkPackage';
import { useSheetScanner } from '../../../src/workbook/xlsxPackage/readGrids';
import { scanXml } from '../../../src/workbook/xlsxPackage/xmlScan';
import { entryText, readZip } from '../../../src/workbook/xlsxPackage/zip';

const ROOT = path.join(__dirname, '..', '..', '..');

function outcome(text: string): unknown {
  try {
    return { tree: scanXml(text, 'xl/part.xml') };
  } catch (e) {
    return { error: e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e) };
  }
}

/** The outcome with the fast scanner first, after checking that the conforming parser alone gives the same. */
function sameBothWays(text: string): unknown {
  const fast = outcome(text);
  useSheetScanner(false);
  try {
    expect(fast).toEqual(outcome(text));
  } finally {
    useSheetScanner(true);
  }
  return fast;
}

const smallPart = (name: string): boolean => /\.(xml|rels)$/i.test(name) && !/worksheets\/|sharedStrings/i.test(name);

describe('the small parts of real workbooks', () => {
  const files = readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .map((d) => path.join(ROOT, 'test', 'fixtures', d, 'input.xlsx'))
    .filter((f) => existsSync(f));

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s: every part gives the same tree', (rel) => {
    const entries = readZip(readFileSync(path.join(ROOT, rel))).filter((e) => smallPart(e.name));
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) expect(sameBothWays(entryText(e))).toHaveProperty('tree');
  });
});

describe('odd and broken parts', () => {
  const W = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const valid = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${W}"><sheets><sheet name="甲&amp;乙" sheetId="1"/></sheets></workbook>`,
    `<x:workbook xmlns:x="${W}"><x:sheets ><x:sheet name='单引号' sheetId = "2" /></x:sheets ></x:workbook >`,
    `<a><!-- a comment --><b>text &#x5B66;</b><?pi data?><c><![CDATA[<raw>]]></c></a>\n`,
    `<a>\r\n  <b c="1&#10;2"/>\r\n</a>`,
  ];
  it.each(valid.map((t, i) => [i, t]))('valid part %s: the same tree, offsets included', (_i, text) => {
    const r = sameBothWays(text) as { tree: { start: number; end: number } };
    expect(r.tree.start).toBe(text.indexOf('<', text.startsWith('<?xml') ? 1 : 0));
    expect(r.tree.end).toBe(text.trimEnd().length);
  });

  const broken = [
    '<a><b></a>',
    '<a x="1" x="2"/>',
    '<a>&unknown;</a>',
    '<a>\u0001</a>',
    '<a>]]></a>',
    '<a>&#0;</a>',
    '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
    '<a></a><b/>',
    '<a x="<"/>',
    '',
    '<a',
    `${'<d>'.repeat(150)}${'</d>'.repeat(150)}`,
  ];
  it.each(broken.map((t, i) => [i, t]))('broken part %s: the same message', (_i, text) => {
    expect(sameBothWays(text)).toHaveProperty('error');
  });
});

describe('the package check', () => {
  /** What checking a package of one part with the given text gives, with the fast scanner first and without. */
  function checked(text: string): { fast: string; conforming: string } {
    const bytes = zipSync({ 'docProps/app.xml': strToU8(text) });
    const run = (): string => {
      try {
        checkPackage(bytes);
        return 'ok';
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    };
    const fast = run();
    useSheetScanner(false);
    try {
      return { fast, conforming: run() };
    } finally {
      useSheetScanner(true);
    }
  }

  it('refuses a part whose text is malformed even though no text is read from it, as saxes does', () => {
    for (const text of ['<a>&unknown;</a>', '<a>\u0001</a>', '<a>]]></a>', '<a><b></a>']) {
      const r = checked(text);
      expect(r.fast).toBe(r.conforming);
      expect(r.fast).toContain('docProps/app.xml');
    }
    expect(checked('<a>&amp;</a>')).toEqual({ fast: 'ok', conforming: 'ok' });
  });
});
