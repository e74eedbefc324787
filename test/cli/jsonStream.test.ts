/**
 * The `--json` file is written in pieces; the pieces joined must be exactly `JSON.stringify(value, null, 2)`,
 * whatever depth the pieces are cut at.
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
  it('joins to JSON.stringify(value, null, 2) byte for byte, toJSON, undefined and functions included', () => {
    expect([...jsonPieces(nested, '', '')].join('')).toBe(JSON.stringify(nested, null, 2));
  });

  it('joins to JSON.stringify for a bare value and an empty array', () => {
    expect([...jsonPieces(3.5, '', '')].join('')).toBe('3.5');
    expect([...jsonPieces([], '', '')].join('')).toBe('[]');
  });
});
