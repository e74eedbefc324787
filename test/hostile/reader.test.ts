/**
 * Faithful reading and linear time, at the level of the reader's functions: CDATA and character references are
 * text, numbers only in their decimal forms, UTF-16 and UTF-8 parts with or without a byte-order mark, the
 * limits refused by name; every pattern that once backtracked now runs in one pass; and the reading entry point
 * pulls in no Node module, so the pane can use it in the browser.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { normalizeText } from '../../src/engine/read/normalize';
import { parseNumberCell } from '../../src/engine/read/number';
import { areaAddresses } from '../../src/workbook/office/officeAdapter';
import { isDateFormat } from '../../src/workbook/xlsxPackage/numFmt';
import { PackageError, checkPackage, readGrids } from '../../src/workbook/xlsxPackage/read';
import { declareUtf8, scanXml } from '../../src/workbook/xlsxPackage/xmlScan';
import { shownName } from '../../src/workbook/xlsxPackage/zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet package whose sheet part (and, when given, shared strings part) are the given bytes. */
function book(sheet: Uint8Array, shared?: Uint8Array): Uint8Array {
  const rels =
    `<Relationship Id="s1" Type="${R}/worksheet" Target="s.xml"/>` +
    (shared ? `<Relationship Id="ss" Type="${R}/sharedStrings" Target="ss.xml"/>` : '');
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="表" sheetId="1" r:id="s1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="${RELS}">${rels}</Relationships>`),
    'xl/s.xml': sheet,
    ...(shared ? { 'xl/ss.xml': shared } : {}),
  });
}

const sheetXml = (cells: string): string =>
  `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const body = (bom ? '\ufeff' : '') + text;
  const out = Buffer.alloc(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    if (bigEndian) out.writeUInt16BE(body.charCodeAt(i), i * 2);
    else out.writeUInt16LE(body.charCodeAt(i), i * 2);
  }
  return out;
}

describe('faithful reading', () => {
  it('reads CDATA and character references as text, in inline and shared strings', () => {
    const shared = strToU8(
      `<sst xmlns="${MAIN}"><si><t><![CDATA[a<b & c]]></t></si><si><t>&#x5B66;&#26657;</t></si></sst>`,
    );
    const sheet = sheetXml(
      '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
        '<c r="C1" t="inlineStr"><is><t><![CDATA[x]]>&amp;<![CDATA[<y>]]></t></is></c>',
    );
    expect(readGrids(book(strToU8(sheet), shared)).sheets[0].values).toEqual([['a<b & c', '学校', 'x&<y>']]);
  });

  it('reads a number cell only in its decimal forms: 0x2B, Infinity and 1_000 stay text', () => {
    const v = (s: string) => `<c><v>${s}</v></c>`;
    const sheet = sheetXml(
      ['12', '-0.5', '.5', '3.', '1.5E-3', ' 7 ', '0x2B', 'Infinity', '1_000', '0b11', '1e', ''].map(v).join(''),
    );
    expect(readGrids(book(strToU8(sheet))).sheets[0].values).toEqual([
      [12, -0.5, 0.5, 3, 0.0015, 7, '0x2B', 'Infinity', '1_000', '0b11', '1e'],
    ]);
  });

  it.each([
    ['UTF-16LE with a byte-order mark', (t: string) => utf16(t, false, true)],
    ['UTF-16BE with a byte-order mark', (t: string) => utf16(t, true, true)],
    ['UTF-16LE without one', (t: string) => utf16(t, false, false)],
    ['UTF-16BE without one', (t: string) => utf16(t, true, false)],
    ['UTF-8 with a byte-order mark', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
  ])('reads a sheet part in %s', (_name, encode) => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?>${sheetXml('<c t="inlineStr"><is><t>学校𠀀</t></is></c><c><v>42</v></c>')}`;
    expect(readGrids(book(encode(xml))).sheets[0].values).toEqual([['学校𠀀', 42]]);
  });

  it('writes an edited part declared UTF-16 as UTF-8 with a declaration that says so, other declarations untouched', () => {
    expect(declareUtf8('<?xml version="1.0" encoding="UTF-16" standalone="yes"?><a/>')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>',
    );
    expect(declareUtf8("<?xml version='1.0' encoding='utf-8'?><a/>")).toBe(
      "<?xml version='1.0' encoding='utf-8'?><a/>",
    );
    expect(declareUtf8('<a encoding="UTF-16"/>')).toBe('<a encoding="UTF-16"/>');
  });
});

describe('limits, refused by name', () => {
  it('refuses a cell past the grid, a long cell text and a corrupt CRC with one line naming them', () => {
    const refusal = (bytes: Uint8Array): string => {
      try {
        checkPackage(bytes);
        readGrids(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(PackageError);
        return (e as Error).message;
      }
      return 'read';
    };
    expect(refusal(book(strToU8(sheetXml('<c r="XFE1"><v>1</v></c>'))))).toBe(
      '工作表「表」的单元格 XFE1 超出 Excel 的范围（最多 1,048,576 行、16,384 列，即 XFD 列）',
    );
    expect(refusal(book(strToU8(sheetXml(`<c r="B1" t="inlineStr"><is><t>${'长'.repeat(32_768)}</t></is></c>`))))).toBe(
      '工作表「表」单元格 B1 的内容超过 32,767 个字符',
    );
    const good = book(strToU8(sheetXml('<c><v>1</v></c>')));
    const bad = Buffer.from(good);
    // The CRC field of the first central directory record.
    const cd = bad.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), bad.length - 22);
    const first = bad.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(cd).toBeGreaterThan(0);
    bad.writeUInt32LE((bad.readUInt32LE(first + 16) ^ 1) >>> 0, first + 16);
    expect(refusal(bad)).toBe('部件「[Content_Types].xml」的校验和（CRC-32）不符，文件已损坏');
  });
});

describe('linear time on long inputs that once backtracked', () => {
  const N = 200_000;
  /** Milliseconds of `f`; the old patterns took minutes on these inputs, one pass takes milliseconds. */
  const ms = (f: () => unknown): number => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const BOUND = 2_000;

  it('number text: many digits then a letter', () => {
    expect(parseNumberCell(`${'1'.repeat(N)}x`)).toMatchObject({ kind: 'error', code: 'not-a-number' });
    expect(ms(() => parseNumberCell(`${'1'.repeat(N)}x`))).toBeLessThan(BOUND);
    expect(parseNumberCell('1,234.5')).toEqual({ kind: 'number', value: 1234.5 });
  });

  it('header marks: a long run of * inside a title', () => {
    const title = `表${'*'.repeat(N)}题`;
    expect(ms(() => normalizeText(title))).toBeLessThan(BOUND);
    expect(normalizeText('*学校名称：')).toBe('学校名称');
    expect(normalizeText('※在校生数*')).toBe('在校生数');
  });

  it('RangeAreas addresses, number format codes and tags with long runs of spaces', () => {
    expect(ms(() => areaAddresses('-'.repeat(N)))).toBeLessThan(BOUND);
    expect(areaAddresses("'My, sheet''s'!$A$1:$B$2, 'My, sheet''s'!C3")).toEqual(['A1:B2', 'C3']);
    expect(ms(() => isDateFormat('['.repeat(N)))).toBeLessThan(BOUND);
    expect([isDateFormat('[h]:mm'), isDateFormat('0.00"d"'), isDateFormat('[Red]0.0')]).toEqual([true, false, false]);
    const tag = `<a><b${' '.repeat(N)}c="1"${' '.repeat(N)}/></a>`;
    expect(ms(() => scanXml(tag, 'x.xml'))).toBeLessThan(BOUND);
    expect(scanXml(tag, 'x.xml').children[0].attrs).toEqual({ c: '1' });
  });
});

describe('the reading entry point in the browser', () => {
  it('imports no Node module: only saxes, fflate and the engine', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1];
        const local = path.resolve(path.dirname(file), spec);
        if (spec.startsWith('.')) visit(existsSync(`${local}.ts`) ? `${local}.ts` : path.join(local, 'index.ts'));
        else external.add(spec);
      }
    };
    visit(path.resolve(__dirname, '../../src/workbook/xlsxPackage/read.ts'));
    expect([...external].sort()).toEqual(['fflate', 'saxes']);
    expect([...seen].some((f) => f.endsWith('zipWrite.ts'))).toBe(false);
  });
});

describe('names as shown in messages', () => {
  it('escapes terminal controls and direction overrides, and keeps Chinese as it is', () => {
    expect(shownName('xl/\x1b[2J\u202eevil\x07学校.xml')).toBe('xl/\\x1b[2J\\u202eevil\\x07学校.xml');
  });
});
