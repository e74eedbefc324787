/**
 * The fast scanner of worksheet and shared-string parts against the conforming parser (saxes) it stands in front
 * of: the same grids for real workbooks and for odd but valid parts, the same grid or the same message for
 * thousands of damaged parts, the same events however a part is cut into pieces, and the fast path really taken
 * for an ordinary sheet.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import type { SaxesTagPlain } from 'saxes';
import { strToU8, zipSync } from 'fflate';
import { readGrids } from '../../../src/workbook/xlsxPackage/read';
import { partReads, readCheckedGrids, useSheetScanner } from '../../../src/workbook/xlsxPackage/readGrids';
import { GiveUp, SheetScanner } from '../../../src/workbook/xlsxPackage/sheetScan';
import { type XmlHandlers, partParser } from '../../../src/workbook/xlsxPackage/xmlScan';
import { seededRandom } from '../../../bench/county';
import { realisticSchools, rewriteWithLibreOffice, writeSharedStringsCounty } from '../../../bench/realistic';
import { writeTemplateCounty } from '../../../bench/workbooks';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const ROOT = path.join(__dirname, '..', '..', '..');

/** A one-sheet package whose sheet part (and, when given, shared-strings part) are the given bytes. */
function book(sheet: Uint8Array | string, shared?: Uint8Array | string): Uint8Array {
  const bytes = (x: Uint8Array | string): Uint8Array => (typeof x === 'string' ? strToU8(x) : x);
  const rels =
    `<Relationship Id="s1" Type="${R}/worksheet" Target="worksheets/s.xml"/>` +
    (shared !== undefined ? `<Relationship Id="ss" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : '');
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="表" sheetId="1" r:id="s1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="${RELS}">${rels}</Relationships>`),
    'xl/worksheets/s.xml': bytes(sheet),
    ...(shared !== undefined ? { 'xl/sharedStrings.xml': bytes(shared) } : {}),
  });
}

/** What a read gives: the grids, or the message it stopped with. */
function outcome(read: () => unknown): unknown {
  try {
    return { grids: read() };
  } catch (e) {
    return { error: e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e) };
  }
}

/** The package read through the conforming parser alone, and with the fast scanner first (both entry points). */
function bothWays(bytes: Uint8Array): { conforming: unknown; fast: unknown; checked: unknown; fastParts: number } {
  useSheetScanner(false);
  let conforming: unknown;
  try {
    conforming = outcome(() => readGrids(bytes));
  } finally {
    useSheetScanner(true);
  }
  const before = partReads.fast;
  const fast = outcome(() => readGrids(bytes));
  const fastParts = partReads.fast - before;
  const checked = outcome(() => readCheckedGrids(bytes));
  return { conforming, fast, checked, fastParts };
}

function expectSame(bytes: Uint8Array): number {
  const r = bothWays(bytes);
  expect(r.fast).toEqual(r.conforming);
  useSheetScanner(false);
  try {
    expect(r.checked).toEqual(outcome(() => readCheckedGrids(bytes)));
  } finally {
    useSheetScanner(true);
  }
  return r.fastParts;
}

const sheetXml = (rows: string, after = ''): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`;

describe('the same grids as the conforming parser', () => {
  const fixtures = readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .map((d) => path.join(ROOT, 'test', 'fixtures', d, 'input.xlsx'))
    .filter((f) => existsSync(f));
  const sample = path.join(ROOT, 'samples', '示例县.xlsx');
  const files = existsSync(sample) ? [...fixtures, sample] : fixtures;

  it.each(files.map((f) => [path.relative(ROOT, f)]))('reads %s alike, through the fast path', (rel) => {
    const bytes = readFileSync(path.join(ROOT, rel));
    expect(expectSame(bytes)).toBeGreaterThan(0);
  });

  describe('the bench writers', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-scan-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const schools = realisticSchools(150);

    it('reads exceljs with shared strings and styles alike, every part through the fast path', async () => {
      const file = path.join(dir, 'shared.xlsx');
      await writeSharedStringsCounty(file, schools);
      // Two worksheets and the shared strings.
      expect(expectSame(readFileSync(file))).toBe(3);
    });

    it('reads inline strings alike, every part through the fast path', async () => {
      const file = path.join(dir, 'inline.xlsx');
      await writeTemplateCounty(file, schools);
      expect(expectSame(readFileSync(file))).toBeGreaterThanOrEqual(2);
    });

    const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0) ?? null;
    (soffice ? it : it.skip)(
      'reads a LibreOffice re-save alike, every part through the fast path',
      async () => {
        const input = path.join(dir, 'lo-in.xlsx');
        await writeSharedStringsCounty(input, schools.slice(0, 40));
        const out = path.join(dir, 'lo.xlsx');
        const ok = rewriteWithLibreOffice(soffice ?? 'soffice', `file://${path.join(dir, 'lo-profile')}`, input, out);
        expect(ok).toBe(true);
        expect(expectSame(readFileSync(out))).toBe(3);
      },
      120_000,
    );
  });

  const SHARED =
    `<?xml version='1.0' encoding='UTF-8'?><x:sst xmlns:x="${MAIN}" count="4">` +
    '<x:si><x:t>甲小学</x:t></x:si>' +
    '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve"> 学 </x:t></x:r><x:r><x:t>校</x:t></x:r></x:si>' +
    '<x:si><x:t>きょう</x:t><x:rPh sb="0" eb="1"><x:t>キョウ</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si>' +
    '<x:si><x:t><![CDATA[a<b]]]>&amp;&#x5B66;&#26657;</x:t></x:si>' +
    '</x:sst>';

  const ODD: [string, string, string?][] = [
    [
      'prefixed names throughout',
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      SHARED,
    ],
    [
      'single-quoted attributes and declaration',
      `<?xml version='1.0' encoding='utf-8' standalone='no'?><worksheet xmlns='${MAIN}'><sheetData><row r='2'><c r='B2' t='inlineStr'><is><t>乙</t></is></c><c r='C2'><v>3.5</v></c></row></sheetData></worksheet>`,
    ],
    [
      'entities and character references in text and attributes',
      sheetXml(
        '<row r="1"><c r="&#65;1" t="inlineStr"><is><t>a&amp;b&lt;c&gt;d&quot;e&apos;f&#x5B66;&#26657;&#128512;&#9;&#13;</t></is></c><c r="B1" t="str"><v>&#x31;&#x32;</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="A3&#58;B4"/></mergeCells>',
      ),
    ],
    [
      'CDATA, with a CR and a bracket before its end',
      sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x<y>\r\nz]]]><![CDATA[]]>&amp;</t></is></c><c r="B1"><v><![CDATA[12]]></v></c></row>',
      ),
    ],
    [
      'xml:space, line ends, tabs and whitespace between tags and inside them',
      sheetXml(
        '\r\n\t<row\r\n r="1"\tspans="1:3" >\r\n  <c r="A1"\r\n t="inlineStr" ><is><t xml:space="preserve">  两\r\n行\r末\t </t></is></c >\n<c r="B1" ><v> 7 </v></c\t>\n</row>\n',
      ),
    ],
    [
      'rich text runs and phonetic guides in inline strings',
      sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/><sz val="11"/></rPr><t>学</t></r><r><t>校</t></r><rPh sb="0" eb="1"><t>がっこう</t></rPh></is></c></row>',
      ),
    ],
    [
      'empty values, blank styled cells and self-closing rows',
      sheetXml(
        '<row r="1"><c r="A1"><v/></c><c r="B1"><v></v></c><c r="C1" s="1"/><c r="D1" t="s"><v/></c><c r="E1" t="str"><v></v></c></row><row r="2"/><row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c></row>',
        '<mergeCells count="1"><mergeCell ref="C1:D2"/></mergeCells>',
      ),
    ],
    [
      'attribute values with tabs and line breaks, read as spaces',
      sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>', '<x a="1\t2\r\n3\n4"/>'),
    ],
    [
      'characters outside the BMP and private use',
      sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>𠀀😀\uE000\uFFFD</t></is></c></row>'),
    ],
    ['an empty sheet', `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`],
    [
      'a declaration alone before the root, then spaces after it',
      `${sheetXml('<row r="1"><c><v>1</v></c></row>')}\r\n  \n`,
    ],
    ['a name with digits, dots and dashes', sheetXml('<row r="1"><c r="A1"><v>2</v></c></row>', '<ext-1.a_b:c-d/>')],
    [
      'attributes that share names with Object.prototype',
      sheetXml('<row r="1"><c r="A1" constructor="x" toString="y"><v>4</v></c></row>'),
    ],
  ];

  // A rest parameter: a function of more parameters than a row has values is taken for one awaiting `done`.
  it.each(ODD)('reads %s alike', (...row) => {
    const [, sheet, shared] = row;
    expectSame(book(sheet, shared));
  });

  it('reads a sheet part in UTF-16 alike', () => {
    const text = `\ufeff<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>学校𠀀</t></is></c><c r="B1"><v>42</v></c></row></sheetData></worksheet>`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(expectSame(book(bytes))).toBe(1);
  });

  it('reads a 3 MB sheet alike, its pieces cut through tags, text and CDATA', () => {
    const rows: string[] = [];
    for (let r = 1; r <= 12_000; r++) {
      const cdata = r % 97 === 0 ? '<![CDATA[<长文本>]]>' : '';
      rows.push(
        `<row r="${r}" spans="1:4"><c r="A${r}" t="inlineStr"><is><t>学校${r}&amp;${cdata}</t></is></c>` +
          `<c r="B${r}" s="0"><v>${r * 1.5}</v></c><c r="C${r}" t="str"><v>校长 ${r % 13}</v></c><c r="D${r}"><v>${r}</v></c></row>`,
      );
    }
    const bytes = book(sheetXml(rows.join('')));
    expect(expectSame(bytes)).toBe(1);
  });
});

describe('the same grid or message for parts left to the conforming parser', () => {
  const cell = (t: string): string => `<row r="1"><c r="A1" t="inlineStr"><is><t>${t}</t></is></c></row>`;
  const DAMAGED: [string, string][] = [
    ['a DOCTYPE', `<!DOCTYPE worksheet>${sheetXml('')}`],
    ['a comment', sheetXml('<!-- c --><row r="1"/>')],
    ['a processing instruction', sheetXml('<?pi x?><row r="1"/>')],
    ['an unknown entity', sheetXml(cell('&nbsp;'))],
    ['a capital X in a character reference', sheetXml(cell('&#X41;'))],
    ['a reference to a forbidden character', sheetXml(cell('&#1;'))],
    ['`<` in an attribute value', sheetXml('<row r="1<"/>')],
    ['a duplicate attribute', sheetXml('<row r="1" r="2"/>')],
    ['a mismatched end tag', sheetXml('<row r="1"></rows>')],
    ['an unclosed tag', `<worksheet xmlns="${MAIN}"><sheetData>`],
    ['nesting past the limit', sheetXml(`${'<a>'.repeat(120)}${'</a>'.repeat(120)}`)],
    ['a forbidden character', sheetXml(cell('a\u0001b'))],
    ['a lone surrogate', sheetXml(cell('a\ud800b'))],
    ['text before the root', `x${sheetXml('')}`],
    ['a second root', `${sheetXml('')}<worksheet/>`],
    ['text after the root', `${sheetXml('')}x`],
    ['a name starting with a digit', sheetXml('<1row/>')],
    ['`]]>` in text', sheetXml(cell('a]]>b'))],
    ['no whitespace between attributes', sheetXml('<row r="1"s="2"/>')],
    ['XML 1.1', `<?xml version="1.1"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`],
    ['a cell text past the limit', sheetXml(cell('长'.repeat(33_000)))],
    ['a cell text past the limit, then a damaged tag', sheetXml(cell('长'.repeat(33_000)) + '<row r="2" r="3"/>')],
    ['a damaged tag, then a cell text past the limit', sheetXml('<row r="2" r="3"/>' + cell('长'.repeat(33_000)))],
    ['a row past the grid', sheetXml('<row r="1048577"><c><v>1</v></c></row>')],
    ['a row past the grid, then an unclosed root', sheetXml('<row r="1048577"><c><v>1</v></c></row>').slice(0, -12)],
    ['an invalid merged range', sheetXml(cell('x'), '<mergeCells><mergeCell ref="A1:??"/></mergeCells>')],
    ['an empty part', ''],
  ];

  it.each(DAMAGED)('reads or refuses %s alike', (_name, sheet) => {
    const r = bothWays(book(sheet));
    expect(r.fast).toEqual(r.conforming);
    expect(r.checked).toEqual(r.conforming);
  });

  it('refuses damaged shared strings alike', () => {
    const sheet = sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    for (const shared of [
      `<sst xmlns="${MAIN}"><si><t>a</t></si>`,
      `<sst xmlns="${MAIN}"><si><t>&bad;</t></si></sst>`,
    ]) {
      const r = bothWays(book(sheet, shared));
      expect(r.fast).toEqual(r.conforming);
      expect(r.conforming).toHaveProperty('error');
    }
  });
});

describe('damaged at random', () => {
  const BASE =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">` +
    '<sheetData><row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">学 &amp; 校</t></is></c>' +
    '<c r="C1"><v>12.5</v></c><c r="D1" t="str"><v><![CDATA[<x>]]></v></c></row>' +
    '<row r=\'2\'><c r=\'A2\' t=\'b\'><v>1</v></c><c r="B2"/><c r="C2" t="inlineStr"><is><r><t>a</t></r><rPh><t>b</t></rPh></is></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells></worksheet>';
  const SHARED = `<sst xmlns="${MAIN}"><si><t>甲</t></si></sst>`;
  const ALPHABET = [
    '<',
    '>',
    '/',
    '&',
    ';',
    '"',
    "'",
    '=',
    '!',
    '?',
    '[',
    ']',
    ' ',
    '\r',
    '\n',
    '\t',
    '\u0000',
    '#',
    'x',
    ':',
    '-',
    '学',
    '\ud800',
    '\ufffe',
    'amp;',
    '&#',
    '<![CDATA[',
    ']]>',
    '<!--',
    '</c>',
    '<v>',
    '1',
  ];

  function mutate(text: string, rnd: () => number): string {
    let s = text;
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rnd() * (s.length + 1));
      const pick = ALPHABET[Math.floor(rnd() * ALPHABET.length)];
      switch (Math.floor(rnd() * 4)) {
        case 0:
          s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rnd() * 3));
          break;
        case 1:
          s = s.slice(0, at) + pick + s.slice(at);
          break;
        case 2:
          s = s.slice(0, at) + pick + s.slice(at + 1);
          break;
        default: {
          const from = Math.floor(rnd() * s.length);
          s = s.slice(0, at) + s.slice(from, from + 1 + Math.floor(rnd() * 12)) + s.slice(at);
        }
      }
    }
    return s;
  }

  it('gives the same grid or the same message for 3,000 damaged sheets', () => {
    const rnd = seededRandom(20261201);
    let refused = 0;
    let fastTaken = 0;
    for (let n = 0; n < 3000; n++) {
      const r = bothWays(book(mutate(BASE, rnd), SHARED));
      expect(r.fast).toEqual(r.conforming);
      if ((r.conforming as { error?: string }).error !== undefined) refused++;
      // The shared strings always go the fast way; the sheet too when it is still well formed.
      if (r.fastParts === 2) fastTaken++;
    }
    // Both kinds are exercised: damage that is refused and damage (or none) that still reads.
    expect(refused).toBeGreaterThan(500);
    expect(fastTaken).toBeGreaterThan(300);
  });
});

/** Events as a list, text runs joined (the conforming parser may split a run where its pieces end). */
function recorder(): { handlers: XmlHandlers; events: string[] } {
  const events: string[] = [];
  let depth = 0;
  const tag = (t: SaxesTagPlain): string => `${t.name}${JSON.stringify(t.attributes)}${t.isSelfClosing ? '/' : ''}`;
  return {
    events,
    handlers: {
      open(t) {
        depth++;
        events.push(`<${tag(t)}`);
      },
      close(t) {
        depth--;
        events.push(`>${tag(t)}`);
      },
      text(t) {
        // Whitespace outside the root is passed over by both in their own ways.
        if (depth === 0) return;
        const last = events.length - 1;
        if (last >= 0 && events[last].startsWith('#')) events[last] += t;
        else events.push(`#${t}`);
      },
    },
  };
}

describe('pieces', () => {
  const DOC =
    `<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="${MAIN}">\r\n <x:row r='1'\tspans="1:2">` +
    '<x:c r="A1" t="inlineStr"><x:is><x:t>a&amp;b&#x5B66;\r\nc</x:t></x:is></x:c>' +
    '<x:c r="B1"><x:v><![CDATA[1<2]]]></x:v></x:c><x:c r="C1" a="1\t2"/></x:row >\n</x:worksheet>\n';

  function conformingEvents(text: string): string[] {
    const r = recorder();
    const p = partParser('xl/worksheets/s.xml', r.handlers);
    p.write(text);
    p.close();
    return r.events;
  }

  it('hands on the conforming parser’s events wherever the part is cut, in two pieces or three', () => {
    const expected = conformingEvents(DOC);
    expect(expected.length).toBe(20);
    for (let a = 0; a <= DOC.length; a++) {
      for (const b of [a, Math.min(DOC.length, a + 1), Math.min(DOC.length, a + 7)]) {
        const r = recorder();
        const scanner = new SheetScanner(r.handlers);
        for (const piece of [DOC.slice(0, a), DOC.slice(a, b), DOC.slice(b)]) if (piece !== '') scanner.write(piece);
        scanner.close();
        expect(r.events).toEqual(expected);
      }
    }
  });

  it('gives up, rather than guessing, on a CDATA section longer than it keeps between pieces', () => {
    const r = recorder();
    const scanner = new SheetScanner(r.handlers);
    scanner.write(`<worksheet><v><![CDATA[`);
    expect(() => {
      for (let k = 0; k < 9; k++) scanner.write('x'.repeat(1 << 20));
    }).toThrow(GiveUp);
  });
});

describe('whole cells', () => {
  // Ordinary cells, and cells in forms left to the events: `t` before `s`, a formula, a prefix. (Inline strings are
  // whole cells too; they are compared by their grid below, as the events a cell stands for are written as `<v>`.)
  const DOC =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}" xmlns:x="${MAIN}">` +
    '<sheetData><row r="1" spans="1:9"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c><c r="C1" s="3"/>' +
    '<c r="D1" t="str"><v></v></c><c r="E1" t="s" s="1"><v>1</v></c><c r="F1"><f>A1</f><v>3</v></c>' +
    '<c r="G1" t="inlineStr"><is><x:t>甲</x:t></is></c><x:c r="H1"><x:v>4</x:v></x:c><c r="AB12" s="1" t="str"><v>学校</v></c>' +
    '</row></sheetData></worksheet>';

  /** The recorder's events, with each whole cell written out as the events it stands for. */
  function withCells(): { handlers: XmlHandlers; events: string[]; cells: () => number } {
    const r = recorder();
    let cells = 0;
    const handlers: XmlHandlers = {
      ...r.handlers,
      cell(ref, s, t, v) {
        cells++;
        const attributes: Record<string, string> = { r: ref };
        if (s !== undefined) attributes.s = s;
        if (t !== undefined) attributes.t = t;
        const c = { name: 'c', attributes, isSelfClosing: false };
        r.handlers.open(c);
        if (v !== undefined) {
          const tag = { name: 'v', attributes: {}, isSelfClosing: false };
          r.handlers.open(tag);
          if (v !== '') r.handlers.text?.(v);
          r.handlers.close(tag);
        }
        r.handlers.close(c);
      },
    };
    return { handlers, events: r.events, cells: () => cells };
  }

  /** The events of `doc` from the conforming parser, and from the scanner with whole cells in one or two pieces. */
  function bothWays(doc: string, cut?: number): { expected: string[]; events: string[]; cells: number } {
    const r = recorder();
    const p = partParser('xl/worksheets/s.xml', r.handlers);
    p.write(doc);
    p.close();
    const fast = withCells();
    const scanner = new SheetScanner(fast.handlers);
    for (const piece of cut === undefined ? [doc] : [doc.slice(0, cut), doc.slice(cut)]) scanner.write(piece);
    scanner.close();
    // Whether a cell closed itself is not part of what a cell hands on.
    const plain = (events: string[]): string[] => events.map((e) => e.replace(/\/$/, ''));
    return { expected: plain(r.events), events: plain(fast.events), cells: fast.cells() };
  }

  it('hands ordinary cells on whole and the rest as events, the same content wherever the part is cut', () => {
    const whole = bothWays(DOC);
    expect(whole.events).toEqual(whole.expected);
    // A1, B1, C1, D1 and AB12; E1 to H1 go through the events.
    expect(whole.cells).toBe(5);
    for (let a = 1; a < DOC.length; a++) {
      const cut = bothWays(DOC, a);
      expect(cut.events).toEqual(cut.expected);
    }
  });

  it('hands every cell of a piece with a reference in it on as events', () => {
    const r = bothWays(DOC.replace('<v>学校</v>', '<v>学&amp;校</v>'));
    expect(r.events).toEqual(r.expected);
    expect(r.cells).toBe(0);
  });

  it('reads the cells of that part as the conforming parser does', () => {
    expect(expectSame(book(DOC, `<sst xmlns="${MAIN}"><si><t>甲</t></si><si><t>乙</t></si></sst>`))).toBe(2);
  });

  it('reads inline strings whole as the conforming parser reads them, spaces kept, empty or typed otherwise', () => {
    const cells =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>甲小学</t></is></c>' +
      '<c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">  两端空格 </t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t></t></is></c><c r="D1" t="s"><is><t>0</t></is></c>' +
      '<c r="E1" t="inlineStr"><is><r><t>分</t></r><r><t>段</t></r></is></c></row>';
    const before = partReads.fast;
    const grids = readGrids(book(sheetXml(cells), `<sst xmlns="${MAIN}"><si><t>共享</t></si></sst>`));
    expect(partReads.fast - before).toBe(2);
    expect(grids.sheets[0].values).toEqual([['甲小学', '  两端空格 ', '', '共享', '分段']]);
    expect(expectSame(book(sheetXml(cells), `<sst xmlns="${MAIN}"><si><t>共享</t></si></sst>`))).toBe(2);
    const whole = { n: 0 };
    const scanner = new SheetScanner({ open: () => undefined, close: () => undefined, cell: () => void whole.n++ });
    scanner.write(sheetXml(cells));
    scanner.close();
    // All but the rich text of E1.
    expect(whole.n).toBe(4);
  });
});

describe('the fast path is taken', () => {
  it('reads an ordinary sheet and its shared strings without the conforming parser', () => {
    const before = { ...partReads };
    const grids = readGrids(
      book(
        sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c></row>'),
        `<sst xmlns="${MAIN}"><si><t>甲小学</t></si></sst>`,
      ),
    );
    expect(grids.sheets[0].values).toEqual([['甲小学', 2.5]]);
    expect(partReads.fast - before.fast).toBe(2);
    expect(partReads.conforming - before.conforming).toBe(0);
  });

  it('leaves a part it cannot prove well formed to the conforming parser', () => {
    const before = { ...partReads };
    expect(readGrids(book(sheetXml('<!-- c --><row r="1"><c><v>1</v></c></row>'))).sheets[0].values).toEqual([[1]]);
    expect(partReads.fast - before.fast).toBe(0);
    expect(partReads.conforming - before.conforming).toBe(1);
  });
});
