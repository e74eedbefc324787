#!/usr/bin/env node
/**
 * Writes the corpus of broken, odd and hostile workbooks that test/hostile/ runs `junheng evaluate` on. Each
 * case is derived from a good workbook (the sample county) by editing its parts or its zip records, so no
 * binary is checked in. Usage: node scripts/make-hostile-corpus.mjs <base.xlsx> <out-folder>
 * Writes <out-folder>/<case>.<ext> for every case and <out-folder>/corpus.json listing them.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { TextDecoder, TextEncoder } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

const utf8 = new TextEncoder();
const text = (bytes) => new TextDecoder().decode(bytes);

/**
 * A zip written record by record, so that every header field can be what a case needs: `name` as bytes or
 * text, `data` (deflated unless `stored`), and overrides for `crc`, `size` (declared uncompressed size),
 * `flags` and `raw` (the compressed bytes themselves).
 */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === 'string' ? utf8.encode(e.name) : e.name;
    const data = e.data ?? new Uint8Array(0);
    const method = e.stored ? 0 : 8;
    const raw = e.raw ?? (method === 8 ? deflateRawSync(data, { level: 6 }) : data);
    const crc = e.crc ?? crc32(data);
    const size = e.size ?? data.length;
    const flags = e.flags ?? 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(raw.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(raw.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, raw);
    centrals.push(central, name);
    offset += 30 + name.length + raw.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Math.min(entries.length, 0xffff);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The base workbook's parts as an ordered list of { name, data }. */
function partsOf(base) {
  return Object.entries(unzipSync(base)).map(([name, data]) => ({ name, data }));
}

/** The parts with one part's text changed by `edit`. */
function editPart(parts, name, edit) {
  return parts.map((p) => (p.name === name ? { name, data: utf8.encode(edit(text(p.data))) } : p));
}

/** Inserts `what` just before the first occurrence of `marker` in a part's text. */
function insertBefore(parts, name, marker, what) {
  return editPart(parts, name, (t) => {
    const at = t.indexOf(marker);
    if (at < 0) throw new Error(`${marker} not found in ${name}`);
    return t.slice(0, at) + what + t.slice(at);
  });
}

/** UTF-16 bytes of a text, little or big endian, with or without a byte-order mark. */
function utf16(t, bigEndian, bom) {
  const body = (bom ? '\ufeff' : '') + t;
  const out = Buffer.alloc(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (bigEndian) out.writeUInt16BE(c, i * 2);
    else out.writeUInt16LE(c, i * 2);
  }
  return out;
}

const SHEET = 'xl/worksheets/sheet1.xml';
const WORKBOOK = 'xl/workbook.xml';

/** Every case: its file name and a function from the base parts (and bytes) to the file's bytes. */
const CASES = {
  // Unterminated constructs in small parts (these once looped forever).
  'xml-unterminated-comment.xlsx': (p) => zip(insertBefore(p, WORKBOOK, '<sheets>', '<!-- ')),
  'xml-unterminated-pi.xlsx': (p) => zip(insertBefore(p, 'xl/_rels/workbook.xml.rels', '</Relationships>', '<?junk ')),
  'xml-unterminated-cdata.xlsx': (p) => zip(insertBefore(p, '[Content_Types].xml', '</Types>', '<![CDATA[ ')),
  'xml-entity-expansion.xlsx': (p) =>
    zip(
      editPart(p, 'xl/sharedStrings.xml', (t) =>
        t
          .replace(
            '<sst',
            '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><sst',
          )
          .replace('<t>学校代码</t>', '<t>&d;&d;&d;&d;</t>'),
      ),
    ),
  'xml-external-entity.xlsx': (p) =>
    zip(
      editPart(p, WORKBOOK, (t) =>
        t
          .replace('<workbook', '<!DOCTYPE workbook [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook')
          .replace('name="区县数据"', 'name="&x;"'),
      ),
    ),
  'xml-deep-nesting.xlsx': (p) => zip(insertBefore(p, 'xl/styles.xml', '</styleSheet>', '<a>'.repeat(100_000))),
  'xml-long-attribute-token.xlsx': (p) => zip(insertBefore(p, WORKBOOK, '><fileVersion', ` ${'a'.repeat(1_000_000)}`)),

  // Cells and ranges past Excel's grid (these once exhausted the heap).
  'cell-row-99999999.xlsx': (p) =>
    zip(insertBefore(p, SHEET, '</sheetData>', '<row r="99999999"><c r="A99999999"><v>1</v></c></row>')),
  'cell-column-past-xfd.xlsx': (p) =>
    zip(insertBefore(p, SHEET, '</sheetData>', '<row r="60000"><c r="XFE60000"><v>1</v></c></row>')),
  'merge-whole-sheet.xlsx': (p) =>
    zip(
      editPart(p, SHEET, (t) =>
        t.includes('<mergeCells')
          ? t.replace(/<mergeCells([^>]*)>/, '<mergeCells$1><mergeCell ref="A1:XFD1048576"/>')
          : t.replace(
              '</sheetData>',
              '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
            ),
      ),
    ),
  'grid-wide-rows.xlsx': (p) => {
    let rows = '';
    for (let r = 60_000; r < 61_000; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`;
    return zip(insertBefore(p, SHEET, '</sheetData>', rows));
  },
  'cell-megabyte-of-digits.xlsx': (p) =>
    zip(
      insertBefore(p, SHEET, '</sheetData>', `<row r="60000"><c r="A60000"><v>${'9'.repeat(1_000_000)}x</v></c></row>`),
    ),

  // Odd but valid: long runs of white space in styles, a long text of marks in a cell (all read in linear time).
  'styles-spaces.xlsx': (p) => zip(insertBefore(p, 'xl/styles.xml', '<cellXfs', `${' '.repeat(1_000_000)}`)),
  'styles-spaces-in-tag.xlsx': (p) =>
    zip(editPart(p, 'xl/styles.xml', (t) => t.replace('<cellXfs', `<cellXfs${' '.repeat(1_000_000)}`))),

  // Zip bombs: declared past the limits, or declared small and inflating large.
  'bomb-declared-part.xlsx': (p) =>
    zip([...p, { name: 'xl/media/big.bin', data: utf8.encode('x'), size: 4_000_000_000 }]),
  'bomb-declared-total.xlsx': (p) =>
    zip([
      ...p,
      ...[1, 2, 3].map((i) => ({ name: `xl/media/big${i}.bin`, data: utf8.encode('x'), size: 400 * 2 ** 20 })),
    ]),
  'bomb-understated.xlsx': (p) => {
    const data = Buffer.alloc(300 * 2 ** 20, 0x20);
    return zip(
      p.map((e) =>
        e.name === SHEET
          ? { name: SHEET, raw: deflateRawSync(data, { level: 1 }), size: e.data.length, crc: crc32(e.data) }
          : e,
      ),
    );
  },

  // Damaged records.
  'crc-read-part.xlsx': (p) => zip(p.map((e) => (e.name === SHEET ? { ...e, crc: (crc32(e.data) ^ 1) >>> 0 } : e))),
  'crc-copied-part.xlsx': (p) =>
    zip(p.map((e) => (e.name === 'docProps/core.xml' ? { ...e, crc: (crc32(e.data) ^ 1) >>> 0 } : e))),
  'duplicate-name.xlsx': (p) => zip([...p, { name: WORKBOOK, data: utf8.encode('<workbook/>') }]),
  'escape-in-name.xlsx': (p) => {
    const evil = 'xl/\x1b[2J\x1b]0;pwned\x07evil.xml';
    return zip([...p, { name: evil, data: utf8.encode('a') }, { name: evil, data: utf8.encode('b') }]);
  },
  'entries-65600.xlsx': (p) => {
    const many = [];
    for (let i = 0; i < 65_600; i++) many.push({ name: `x/${i}`, data: new Uint8Array(0), stored: true });
    return zip([...p, ...many]);
  },
  'truncated.xlsx': (_p, base) => base.subarray(0, Math.floor(base.length / 2)),

  // Faithful reading: the same workbook in other encodings and forms must give the same result.
  'utf16-parts.xlsx': (p) =>
    zip(
      p.map((e) => {
        const decl = (t) => t.replace('encoding="UTF-8"', 'encoding="UTF-16"');
        if (e.name === WORKBOOK) return { name: e.name, data: utf16(decl(text(e.data)), false, true) };
        if (e.name === 'xl/sharedStrings.xml') return { name: e.name, data: utf16(decl(text(e.data)), true, true) };
        if (e.name === 'xl/_rels/workbook.xml.rels')
          return { name: e.name, data: utf16(decl(text(e.data)), false, false) };
        return e;
      }),
    ),
  'utf8-bom-parts.xlsx': (p) =>
    zip(
      p.map((e) =>
        e.name.endsWith('.xml') ? { name: e.name, data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), e.data]) } : e,
      ),
    ),
  'cdata-and-references.xlsx': (p) =>
    zip(
      editPart(p, 'xl/sharedStrings.xml', (t) => {
        let k = 0;
        return t.replace(/<t>([^<&]*)<\/t>/g, (_m, s) => {
          k++;
          if (k % 2 === 0) return `<t><![CDATA[${s}]]></t>`;
          return `<t>${[...s].map((c) => `&#x${c.codePointAt(0).toString(16)};`).join('')}</t>`;
        });
      }),
    ),
  'names-not-utf8.xlsx': (p) =>
    zip([
      ...p,
      // 图片.png in GBK, and a CP437 name (é = 0x82), both without the UTF-8 flag.
      {
        name: Buffer.concat([Buffer.from('xl/media/'), Buffer.from([0xcd, 0xbc, 0xc6, 0xac]), Buffer.from('.png')]),
        data: utf8.encode('gbk'),
        flags: 0,
      },
      { name: Buffer.from([0x63, 0x61, 0x66, 0x82, 0x2e, 0x74, 0x78, 0x74]), data: utf8.encode('cp437'), flags: 0 },
    ]),

  // Not workbooks at all.
  'legacy.xls': () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
  'schools.csv': () => Buffer.from('学校代码,学校名称\n1,甲小学\n'),
};

const [base, out] = process.argv.slice(2);
if (!base || !out) {
  process.stderr.write('usage: node scripts/make-hostile-corpus.mjs <base.xlsx> <out-folder>\n');
  process.exit(2);
}
const baseBytes = readFileSync(base);
const parts = partsOf(baseBytes);
mkdirSync(out, { recursive: true });
for (const [file, make] of Object.entries(CASES)) writeFileSync(join(out, file), make(parts, baseBytes));
writeFileSync(join(out, 'corpus.json'), `${JSON.stringify(Object.keys(CASES), null, 2)}\n`);
