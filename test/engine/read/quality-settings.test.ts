import type { CountyInput } from '../../../src/engine/model';
import { readWorkbookInput } from '../../../src/engine/read';
import { defaultSettings, SETTING_DEFS } from '../../../src/engine/settings';
import type { Settings } from '../../../src/engine/settings';
import type { CellValue, SheetGrid } from '../../../src/engine/types';
import { countyGrid, schoolGrid, settingsGrid, workbook } from '../../support/grid';

const school = schoolGrid([{ 学校代码: '1', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 500 }]);
const county = countyGrid({ 区县名称: '示例县' });

function read(...sheets: SheetGrid[]): { input: CountyInput; settings: Settings } {
  const out = readWorkbookInput(workbook(school, county, ...sheets));
  if (!out.ok) throw new Error(out.reason);
  return out;
}

const labelOf = (key: string): string => SETTING_DEFS.find((d) => d.key === key)!.label;

describe('quality monitoring sheet', () => {
  it('reads levels in every accepted spelling and rates as plain ratios or percentages', () => {
    const values: CellValue[][] = [
      ['国家义务教育质量监测结果'],
      ['科目', '学段', '学业水平等级', '校际差异率'],
      ['数学', '四年级', 'Ⅲ', 0.128],
      ['语文', '四年级', 'IV级', '12.8%'],
      ['科学', '八年级', 2, 0.2],
      ['体育与健康', '八年级', '1级', 0.09],
      [null, null, null, null],
      ['艺术', '八年级', '优秀', null],
    ];
    const { input } = read({ name: '质量监测', values });
    expect(input.qualitySheet).toBe('质量监测');
    expect(input.quality).toEqual([
      { subject: '数学', stage: '四年级', level: 3, rate: 0.128, row: 3 },
      { subject: '语文', stage: '四年级', level: 4, rate: 0.128, row: 4 },
      { subject: '科学', stage: '八年级', level: 2, rate: 0.2, row: 5 },
      { subject: '体育与健康', stage: '八年级', level: 1, rate: 0.09, row: 6 },
      { subject: '艺术', stage: '八年级', level: null, rate: null, row: 8 },
    ]);
    expect(input.issues.filter((i) => i.sheet === '质量监测').map((i) => [i.code, i.cell])).toEqual([
      ['bad-level', 'C8'],
      ['blank-required', 'D8'],
    ]);
  });

  it('reports a quality sheet without a recognisable header; its subjects stay missing (null), never an empty pass', () => {
    const { input } = read({ name: '质量监测', values: [['数学', 3, 0.1]] });
    expect(input.quality).toBeNull();
    expect(input.issues.filter((i) => i.sheet === '质量监测').map((i) => [i.code, i.severity])).toEqual([
      ['no-header', 'error'],
    ]);
  });

  it('is null when there is no quality sheet', () => {
    const { input } = read();
    expect(input.quality).toBeNull();
    expect(input.qualitySheet).toBeNull();
  });
});

describe('settings sheet', () => {
  it('gives every default, without an issue, when the sheet is missing', () => {
    const { input, settings } = read();
    expect(settings).toEqual(defaultSettings());
    expect(input.issues.filter((i) => i.sheet === '评估标准')).toEqual([]);
  });

  it('reads numbers, percentages in three spellings, booleans and choices', () => {
    const g = settingsGrid({
      [labelOf('G7')]: 8000,
      [labelOf('nearFloor')]: '80%',
      [labelOf('Q1')]: 0.9,
      [labelOf('G13.junior')]: 90,
      [labelOf('includePrivate')]: '否',
      [labelOf('subtractIndoorSports')]: 'FALSE',
      [labelOf('addRentedSportsArea')]: true,
      [labelOf('Q1.formula')]: '简单公式',
      [labelOf('Q9.level')]: 'Ⅱ级',
      [labelOf('cvLimit.primary')]: '0.55',
      未知的设置: 1,
    });
    const { input, settings } = read(g);
    expect(input.issues.filter((i) => i.sheet === '评估标准' && i.code !== 'setting-row-missing')).toEqual([]);
    expect(settings.G7).toBe(8000);
    expect(settings.nearFloor).toBe(0.8);
    expect(settings.Q1).toBe(0.9);
    expect(settings['G13.junior']).toBe(0.9);
    expect(settings.includePrivate).toBe(false);
    expect(settings.subtractIndoorSports).toBe(false);
    expect(settings.addRentedSportsArea).toBe(true);
    expect(settings['Q1.formula']).toBe('简单公式');
    expect(settings['Q9.level']).toBe(2);
    expect(settings['cvLimit.primary']).toBe(0.55);
    // Everything not on the sheet keeps its default.
    expect(settings['L1.primary']).toBe(4.2);
  });

  it('reads a %-formatted fraction and labels written with other spacing and brackets', () => {
    const values: CellValue[][] = [
      ['设置项', '值', '说明'],
      ['不参评的小规模学校人数(少于)', 30, ''],
      ['余项最低达到标准的 比例', 0.9, ''],
    ];
    const formats = [[], [null, null], [null, '0%']];
    const { settings } = read({ name: '评估标准', values, formats });
    expect(settings.smallSchoolFloor).toBe(30);
    expect(settings.nearFloor).toBe(0.9);
  });

  it('keeps the default for an unreadable or blank value and names the cell', () => {
    const g = settingsGrid({
      [labelOf('G7')]: '六千',
      [labelOf('includePrivate')]: '也许',
      [labelOf('Q1.formula')]: '其他公式',
      [labelOf('G12')]: null,
    });
    const { input, settings } = read(g);
    expect(settings.G7).toBe(6000);
    expect(settings.includePrivate).toBe(true);
    expect(settings['Q1.formula']).toBe('标准公式');
    expect(settings.G12).toBe(1);
    const issues = input.issues.filter((i) => i.sheet === '评估标准' && i.code !== 'setting-row-missing');
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['setting-unreadable', 'B2', 'error'],
      ['setting-unreadable', 'B3', 'error'],
      ['setting-unreadable', 'B4', 'error'],
      ['setting-blank', 'B5', 'warning'],
    ]);
    expect(issues[0].message).toContain('六千');
    expect(issues[0].message).toContain('6000');
    expect(issues[3].message).toContain('100%');
  });
});
