/**
 * The web page's stand-in for Node's zlib (src/web/zlib.ts), under the package writer: blocks deflated one by one
 * with a sync flush and a last finished block join into one raw deflate stream that Node's zlib inflates to the
 * original text, and the CRC is zlib's.
 */
import { crc32 as zlibCrc32, inflateRawSync } from 'zlib';
import { constants, crc32, deflateRawSync } from '../../src/web/zlib';

/** Text like a sheet's XML, `rows` rows long, with some repetition and some variety. */
function sheetText(rows: number, seed: number): string {
  const parts: string[] = [];
  for (let r = 0; r < rows; r++) {
    parts.push(`<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>学校${(r * seed) % 997}</t></is></c>`);
    parts.push(`<c r="B${r + 1}"><v>${((r * 7919 + seed) % 100003) / 7}</v></c></row>`);
  }
  return parts.join('');
}

describe('the web page’s zlib', () => {
  it('joins sync-flushed blocks and a finished one into a stream zlib inflates back', () => {
    const blocks = [sheetText(5000, 3), sheetText(10, 5), '', sheetText(20000, 11)].map((t) =>
      new TextEncoder().encode(t),
    );
    const deflated = blocks.map((b, i) =>
      deflateRawSync(b, { level: 1, finishFlush: i < blocks.length - 1 ? constants.Z_SYNC_FLUSH : constants.Z_FINISH }),
    );
    const joined = Buffer.concat(deflated);
    const whole = Buffer.concat(blocks);
    expect(inflateRawSync(joined).equals(whole)).toBe(true);
    // It compresses: sheet XML shrinks to well under half.
    expect(joined.length).toBeLessThan(whole.length / 2);
  });

  it('deflates a single part finished by default, and its CRC is zlib’s, also when continued', () => {
    const data = new TextEncoder().encode(sheetText(300, 7));
    expect(inflateRawSync(deflateRawSync(data, { level: 1 })).equals(Buffer.from(data))).toBe(true);
    expect(crc32(data)).toBe(zlibCrc32(data));
    const half = data.length >> 1;
    expect(crc32(data.subarray(half), crc32(data.subarray(0, half)))).toBe(zlibCrc32(data));
  });
});
