import { normalizeHeader, parseNumberCell } from '../../../src/engine/read';
import { Lexicon, splitHeader } from '../../../src/engine/read/normalize';
import { parsePercentCell } from '../../../src/engine/read/number';

describe('normalizeHeader', () => {
  it('treats white space, line breaks, bracket widths and a trailing unit as the same header', () => {
    const want = '小学在校生数';
    expect(normalizeHeader('小学在校生数（人）')).toBe(want);
    expect(normalizeHeader('小学在校生数 (人)')).toBe(want);
    expect(normalizeHeader('小学\n在校生数')).toBe(want);
    expect(normalizeHeader(' 小学\u3000在校生数【人】 ')).toBe(want);
    expect(normalizeHeader('小学在校生数（单位：人）')).toBe(want);
    expect(normalizeHeader('*小学在校生数')).toBe(want);
  });

  it('keeps brackets that are part of the name and removes only the unit after them', () => {
    expect(normalizeHeader('音乐专用教室数(≥96㎡)')).toBe('音乐专用教室数(≥96m2)');
    expect(normalizeHeader('音乐专用教室数（≥96㎡）（间）')).toBe('音乐专用教室数(≥96m2)');
    expect(normalizeHeader('音乐专用教室数（>=96平方米）')).toBe('音乐专用教室数(≥96m2)');
    expect(normalizeHeader('音乐专用教室数(73～96㎡)')).toBe('音乐专用教室数(73-96m2)');
  });

  it('reports the unit it removed', () => {
    expect(splitHeader('教学仪器设备值（万元）')).toEqual({ base: '教学仪器设备值', unit: '万元' });
    expect(splitHeader('教学仪器设备值(元)')).toEqual({ base: '教学仪器设备值', unit: '元' });
    expect(splitHeader('教学仪器设备值')).toEqual({ base: '教学仪器设备值', unit: null });
    expect(splitHeader('教学及辅助用房面积（m²）')).toEqual({ base: '教学及辅助用房面积', unit: 'm2' });
  });
});

describe('Lexicon', () => {
  const lex = new Lexicon<string>().add('音乐专用教室数(≥96㎡)', 'music96').add('音乐专用教室数(73-96㎡)', 'music73');
  lex.add('教学仪器设备值', 'equipment');

  it('finds bracketed names with and without a unit after them', () => {
    expect(lex.lookup('音乐专用教室数（≥96㎡）（间）')?.target).toBe('music96');
    expect(lex.lookup('音乐专用教室数(≥96㎡)')?.target).toBe('music96');
    expect(lex.lookup('音乐专用教室数（73-96㎡）')?.target).toBe('music73');
    expect(lex.lookup('音乐专用教室数（间）')).toBeNull();
  });

  it('drops a non-unit note in brackets and a bare unit at the end', () => {
    expect(lex.lookup('教学仪器设备值（2024年末）')?.target).toBe('equipment');
    expect(lex.lookup('教学仪器设备值\n万元')).toEqual({ target: 'equipment', unit: '万元' });
  });

  it('reads a two-row header as group + sub in either order', () => {
    const l = new Lexicon<string>().add('小学在校生数', 'p').add('学校名称', 'name');
    expect(l.lookupParts('在校生数', '小学')?.target).toBe('p');
    expect(l.lookupParts('小学', '在校生数（人）')).toEqual({ target: 'p', unit: '人' });
    expect(l.lookupParts('基本信息', '学校名称')?.target).toBe('name');
  });
});

describe('parseNumberCell', () => {
  it('accepts numbers, thousands separators, spaces and full-width digits', () => {
    expect(parseNumberCell(1200)).toEqual({ kind: 'number', value: 1200 });
    expect(parseNumberCell('1,234.5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseNumberCell(' 1 234 ')).toEqual({ kind: 'number', value: 1234 });
    expect(parseNumberCell('１２３４')).toEqual({ kind: 'number', value: 1234 });
    expect(parseNumberCell('１，２３４．５')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseNumberCell('0')).toEqual({ kind: 'number', value: 0 });
    expect(parseNumberCell(0)).toEqual({ kind: 'number', value: 0 });
  });

  it('keeps blank apart from zero', () => {
    expect(parseNumberCell(null)).toEqual({ kind: 'blank' });
    expect(parseNumberCell('')).toEqual({ kind: 'blank' });
    expect(parseNumberCell('  \u3000')).toEqual({ kind: 'blank' });
  });

  it('gives an error for text, Excel errors and negatives', () => {
    expect(parseNumberCell('约1200')).toEqual({ kind: 'error', code: 'not-a-number', text: '约1200' });
    expect(parseNumberCell('12,34')).toEqual({ kind: 'error', code: 'not-a-number', text: '12,34' });
    expect(parseNumberCell(true)).toEqual({ kind: 'error', code: 'not-a-number', text: 'TRUE' });
    expect(parseNumberCell({ error: '#DIV/0!' })).toEqual({ kind: 'error', code: 'excel-error', text: '#DIV/0!' });
    expect(parseNumberCell('#N/A')).toEqual({ kind: 'error', code: 'excel-error', text: '#N/A' });
    expect(parseNumberCell(-3)).toEqual({ kind: 'error', code: 'negative', text: '-3' });
    expect(parseNumberCell('－3')).toEqual({ kind: 'error', code: 'negative', text: '－3' });
  });
});

describe('parsePercentCell', () => {
  it('reads 96.5%, a %-formatted 0.965 and plain points as 0.965', () => {
    expect(parsePercentCell('96.5%', false, 'points')).toEqual({ kind: 'number', value: 0.965, plainNumber: false });
    expect(parsePercentCell(0.965, true, 'points')).toEqual({ kind: 'number', value: 0.965, plainNumber: false });
    expect(parsePercentCell(96.5, false, 'points')).toEqual({ kind: 'number', value: 0.965, plainNumber: true });
    // auto: above 1 is points, otherwise a fraction already.
    expect(parsePercentCell(95, false, 'auto')).toMatchObject({ value: 0.95 });
    expect(parsePercentCell(0.95, false, 'auto')).toMatchObject({ value: 0.95 });
    expect(parsePercentCell('abc%', false, 'points')).toEqual({ kind: 'error', code: 'not-a-number', text: 'abc%' });
  });
});
