import { TextSet } from '../../../src/engine/read/textSet';

describe('TextSet', () => {
  it('tells a repeated text from a new one, and counts distinct texts', () => {
    const set = new TextSet(4);
    expect(set.add('B0000001')).toBe(true);
    expect(set.add('B0000002')).toBe(true);
    expect(set.add('B0000001')).toBe(false);
    expect(set.add('')).toBe(true);
    expect(set.add('')).toBe(false);
    expect(set.size).toBe(3);
  });

  it('keeps every text when far more are added than expected (the table grows)', () => {
    const set = new TextSet(1);
    for (let i = 0; i < 5000; i++) expect(set.add(`校${i}`)).toBe(true);
    for (let i = 0; i < 5000; i += 7) expect(set.add(`校${i}`)).toBe(false);
    expect(set.size).toBe(5000);
  });

  it('agrees with a Set on texts that share hash slots', () => {
    // A small table makes collisions certain: every text must still be found by comparison, not by slot.
    const set = new TextSet(2);
    const reference = new Set<string>();
    const texts = ['a', 'b', 'ab', 'ba', 'a', '１', '1', 'ab', 'Ａ', 'b', '学校', '学校 '];
    for (const t of texts) {
      const fresh = !reference.has(t);
      reference.add(t);
      expect(set.add(t)).toBe(fresh);
    }
    expect(set.size).toBe(reference.size);
  });
});
