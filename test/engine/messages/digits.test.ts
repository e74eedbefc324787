import { grouped } from '../../../src/engine/messages/digits';
import { packageMessages } from '../../../src/engine/messages';

describe('digits grouped in threes', () => {
  it('gives what toLocaleString("en-US") gave for whole numbers, signs and lengths of every kind', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [7, '7'],
      [999, '999'],
      [1000, '1,000'],
      [12345, '12,345'],
      [123456, '123,456'],
      [1234567, '1,234,567'],
      [-1234, '-1,234'],
      [-999, '-999'],
      [100002, '100,002'],
      [2 ** 31, '2,147,483,648'],
    ];
    for (const [n, text] of cases) expect(grouped(n, 0)).toBe(text);
  });

  it('keeps the decimals asked for', () => {
    expect(grouped(1234.5, 1)).toBe('1,234.5');
    expect(grouped(-1234567.891, 2)).toBe('-1,234,567.89');
    expect(grouped(0.25, 2)).toBe('0.25');
  });

  it('is what the package messages show for their limits', () => {
    expect(packageMessages.tooManyEntries(20001, 20000)).toBe('工作簿包含 20,001 个部件，超过上限 20,000 个');
  });
});
