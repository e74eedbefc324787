/**
 * Text as the worksheet writer puts it into XML: escaped and stripped of what XML cannot carry exactly as the
 * five passes did before their one-test shortcut, and `xml:space` asked for exactly when `/^\s|\s$/` would.
 */
import { edgeSpace } from '../../../src/workbook/xlsxPackage/sheetXml';
import { escapeXml } from '../../../src/workbook/xlsxPackage/xmlScan';

/** The escaping as it was written before the shortcut. */
function fivePasses(text: string): string {
  const forbidden =
    // eslint-disable-next-line no-control-regex -- the characters XML forbids, as the writer drops them.
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  return text
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

describe('escapeXml', () => {
  it('gives what the five passes gave for every code unit alone and inside text', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (escapeXml(ch) !== fivePasses(ch) || escapeXml(`示例${ch}小学`) !== fivePasses(`示例${ch}小学`))
        differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('keeps surrogate pairs and drops lone surrogates', () => {
    expect(escapeXml('学😀校')).toBe('学😀校');
    expect(escapeXml('a\uD83Db\uDE00c')).toBe('abc');
    expect(escapeXml('<甲 & "乙">')).toBe('&lt;甲 &amp; &quot;乙&quot;&gt;');
    expect(escapeXml('需增加网络多媒体教室 1 间')).toBe('需增加网络多媒体教室 1 间');
  });
});

describe('edgeSpace', () => {
  it('is /^\\s|\\s$/ for every code unit at either end and in the middle', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `${ch}学`, `学${ch}`, `学${ch}校`]) {
        if (edgeSpace(text) !== /^\s|\s$/.test(text)) differ.push(text);
      }
    }
    expect(differ).toEqual([]);
    expect(edgeSpace('')).toBe(false);
  });
});
