/**
 * The entry writer copies text straight into byte blocks: what it deflates must be exactly the UTF-8 of the
 * pieces joined, whatever their mix of ASCII, Chinese, characters outside the BMP and very long pieces, and
 * wherever the block boundaries fall.
 */
import { crc32, inflateRawSync } from 'zlib';
import { EntryWriter } from '../../../src/workbook/xlsxPackage/zipWrite';

const stamp = { dosTime: 0, dosDate: 33 };

function written(pieces: string[]): { text: string; bytes: Buffer; crc: number; size: number } {
  const w = new EntryWriter('xl/worksheets/sheet9.xml', stamp);
  for (const p of pieces) w.write(p);
  const entry = w.finish();
  return { text: pieces.join(''), bytes: inflateRawSync(entry.raw), crc: entry.crc, size: entry.size };
}

describe('EntryWriter', () => {
  it('writes ASCII, Chinese and a character outside the BMP as their UTF-8', () => {
    const r = written(['<c r="A1">', '示例小学1', '</c>', '学校𠀀名', 'x', '', 'a\ud800b', '\udc00']);
    expect(r.bytes.equals(Buffer.from(new TextEncoder().encode(r.text)))).toBe(true);
    expect(r.size).toBe(Buffer.byteLength(r.text));
    expect(r.crc).toBe(crc32(Buffer.from(r.text)));
  });

  it('keeps every byte across block boundaries and pieces longer than the direct copy', () => {
    const pieces: string[] = [];
    // About 3 MB of rows, then a 100,000-character piece of Chinese, then more rows.
    for (let i = 0; i < 40_000; i++) pieces.push(`<row r="${i + 1}"><c><is><t>学校${i}号</t></is></c></row>`);
    pieces.push('长'.repeat(100_000));
    for (let i = 0; i < 10_000; i++) pieces.push(`<v>${i / 7}</v>`);
    const r = written(pieces);
    expect(r.size).toBe(Buffer.byteLength(r.text));
    expect(r.bytes.equals(Buffer.from(r.text))).toBe(true);
    expect(r.crc).toBe(crc32(Buffer.from(r.text)));
  });

  it('writes an empty entry', () => {
    const r = written([]);
    expect(r.size).toBe(0);
    expect(r.bytes.length).toBe(0);
  });
});
