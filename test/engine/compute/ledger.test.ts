import { computeResult } from '../../../src/engine/compute';
import type { Shortfall } from '../../../src/engine/result';
import { defaultSettings } from '../../../src/engine/settings';
import type { School } from '../../../src/engine/model';
import { goodPrimary, makeCounty, makeSchool, resetRows } from '../../support/schools';

beforeEach(() => resetRows());

function ledger(schools: School[]): Shortfall[] {
  return computeResult(makeCounty({ schools }), defaultSettings()).shortfalls;
}

describe('整改台账 for the seven indicators', () => {
  it('teachers: whole ones rounded up', () => {
    // 250 pupils, 1 backbone teacher: 0.4 per hundred (fail). Needed 1.0 × 250/100 = 2.5 → 1.5 more → 2.
    const rows = ledger([goodPrimary(250, { code: 'T', primaryBackbone: 1 })]);
    // As the JSON of OUTPUT.md: the rows themselves are views onto the run's ledger table.
    expect(JSON.parse(JSON.stringify(rows))).toEqual([
      {
        code: 'T',
        name: '学校T',
        stage: 'primary',
        item: 'L2',
        itemName: '每百名学生拥有县级及以上骨干教师数',
        value: 0.4,
        standard: 1,
        gap: 0.6,
        amount: 2,
        unit: '人',
        action: '需增加县级及以上骨干教师 2 人',
      },
    ]);
  });

  it('keeps every row when the ledger outgrows its first block', () => {
    // 1,500 schools each one backbone teacher short: more rows than the table starts with (1,024).
    const schools = Array.from({ length: 1500 }, (_, i) => goodPrimary(200, { code: `K${i}`, primaryBackbone: 1 }));
    const rows = ledger(schools);
    expect(rows).toHaveLength(1500);
    expect(rows.map((r) => r.code)).toEqual(schools.map((s) => s.code));
    // 200 pupils, 1 backbone teacher: 0.5 per hundred against 1.0, so 1 more teacher each, the last row as the first.
    for (const r of [rows[0], rows[1024], rows[1499]]) {
      expect(r).toMatchObject({
        item: 'L2',
        stage: 'primary',
        value: 0.5,
        amount: 1,
        action: '需增加县级及以上骨干教师 1 人',
      });
    }
  });

  it('areas: whole m² rounded up, with thousands separators', () => {
    // 400 pupils, 1770 m² sports area: 4.425 (fail). Needed 7.5 × 400 = 3000 → 1230 m².
    const [row] = ledger([goodPrimary(400, { sportsArea: 1770 })]);
    expect(row).toMatchObject({ item: 'L5', amount: 1230, unit: 'm²', action: '需增加体育运动场馆面积 1,230 m²' });
    expect(row.value).toBeCloseTo(4.425, 12);
    // 1000 pupils, 4496 m² teaching rooms: 4.496 (near). Needed 4500 → 4 m².
    const [near] = ledger([goodPrimary(1000, { teachingArea: 4496 })]);
    expect(near).toMatchObject({ item: 'L4', amount: 4, action: '需增加教学及辅助用房面积 4 m²' });
  });

  it('equipment: 万元 rounded up to 0.1', () => {
    // 500 pupils, 635,000 元: 1270 元 each (fail). Needed 2000 × 500 = 1,000,000 → 365,000 元 = 36.5 万元.
    const [row] = ledger([goodPrimary(500, { equipmentValue: 635000 })]);
    expect(row).toMatchObject({ item: 'L6', value: 1270, standard: 2000, gap: 730, amount: 36.5, unit: '万元' });
    expect(row.action).toBe('需增加教学仪器设备 36.5 万元');
    // 300 pupils, 591,234 元: 1970.78 (near). Needed 600,000 → 8,766 元 = 0.8766 万元 → 0.9.
    const [near] = ledger([goodPrimary(300, { equipmentValue: 591234 })]);
    expect(near.amount).toBe(0.9);
  });

  it('a combined school: each part’s own gap from its share of the facility', () => {
    // 九年一贯制 166 + 210, 8 multimedia rooms. Primary share 8 × 166/397 = 3.34509 rooms → 2.0151 per hundred
    // (near 2.3); needed 2.3 × 1.66 = 3.818 → 0.4729 more → 1 room. Junior 8 × 231/397 = 4.65491 → 2.2166
    // (near 2.4); needed 2.4 × 2.1 = 5.04 → 0.3851 more → 1 room.
    const school = makeSchool({
      type: '九年一贯制',
      primaryStudents: 166,
      juniorStudents: 210,
      primaryDegreeTeachers: 10,
      primaryBackbone: 2,
      primaryPeArt: 2,
      juniorDegreeTeachers: 15,
      juniorBackbone: 3,
      juniorPeArt: 2,
      teachingArea: 3000,
      sportsArea: 6000,
      equipmentValue: 1000000,
      mediaRooms: 8,
    });
    const rows = ledger([school]);
    expect(rows.map((r) => [r.stage, r.item, r.amount, r.action])).toEqual([
      ['primary', 'L7', 1, '需增加网络多媒体教室 1 间'],
      ['junior', 'L7', 1, '需增加网络多媒体教室 1 间'],
    ]);
    expect(rows[0].value).toBeCloseTo(2.0151, 4);
    expect(rows[1].value).toBeCloseTo(2.2166, 4);
  });

  it('names the teachers of the 学段 for L1', () => {
    // 初中 of 200 with 8 本科 teachers: 4.0 (fail: near needs 0.85 × 5.3 = 4.505); needed 10.6 → 2.6 more → 3.
    const rows = ledger([
      makeSchool({
        type: '初中',
        juniorStudents: 200,
        juniorDegreeTeachers: 8,
        juniorBackbone: 4,
        juniorPeArt: 4,
        teachingArea: 2000,
        sportsArea: 3000,
        equipmentValue: 600000,
        mediaRooms: 6,
      }),
    ]);
    expect(rows.map((r) => r.action)).toEqual(['需增加本科及以上学历专任教师 3 人']);
  });

  it('no row for a part that is excluded or an indicator that is missing', () => {
    expect(
      ledger([goodPrimary(40, { type: '教学点', primaryBackbone: 0 }), goodPrimary(300, { mediaRooms: null })]),
    ).toEqual([]);
  });
});
