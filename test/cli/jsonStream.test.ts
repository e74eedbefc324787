/**
 * The `--json` file is written in pieces: the outer two levels one member per line, each deeper value (one school
 * part) whole on one line. Joined, the pieces must parse to what JSON.stringify gives, with its rules for toJSON,
 * undefined and functions.
 */
import { jsonPieces } from '../../src/cli/files';

const nested = {
  county: '示例县',
  empty: {},
  none: [],
  skipped: undefined,
  fn: () => 1,
  when: new Date('2026-12-01T00:00:00Z'),
  parts: [
    { code: 'B0000001', indicators: [{ id: 'P1', value: 4.25, notes: ['第一行\n第二行'] }], missing: null },
    { code: 'B0000002', indicators: [], nested: { deeper: { deepest: [1, [2, [3, { x: 'y' }]]] } } },
  ],
  list: [undefined, () => 2, 'text', 0, -1.5e-7, true],
  guarantee: [{ id: 'G3', failing: ['B0000001', 'B0000004'], groups: { 小学: { count: 2 } } }],
};

describe('jsonPieces', () => {
  it('parses to what JSON.stringify gives, toJSON, undefined and functions included', () => {
    const text = [...jsonPieces(nested, '', '')].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(nested)));
  });

  it('lays out the outer levels indented and each school part on one line', () => {
    const lines = [...jsonPieces(nested, '', '')].join('').split('\n');
    expect(lines[0]).toBe('{');
    expect(lines[1]).toBe('  "county": "示例县",');
    expect(lines).toContain('  "when": "2026-12-01T00:00:00.000Z",');
    expect(lines).toContain(`    ${JSON.stringify(JSON.parse(JSON.stringify(nested.parts[1])))}`);
    expect(lines).toContain(`    ${JSON.stringify(nested.parts[0])},`);
    expect(lines).toContain('    null,');
    // A line break inside a string stays escaped: every line is either layout or one whole value.
    expect(lines).toHaveLength(21);
    expect(lines[lines.length - 1]).toBe('}');
  });

  it('writes a bare value and empty containers as JSON.stringify does', () => {
    expect([...jsonPieces(3.5, '', '')].join('')).toBe('3.5');
    expect([...jsonPieces([], '', '')].join('')).toBe('[]');
    expect([...jsonPieces({ a: {} }, '', '')].join('')).toBe('{\n  "a": {}\n}');
  });
});
