import { computeResult } from '../../../src/engine/compute';
import { facilityShare, partVerdict, scopeRules } from '../../../src/engine/compute/parts';
import { INDICATORS } from '../../../src/engine/compute/indicators';
import type { PartResult } from '../../../src/engine/result';
import { INDICATOR_IDS } from '../../../src/engine/result';
import type { Settings } from '../../../src/engine/settings';
import { defaultSettings } from '../../../src/engine/settings';
import { cellOf, goodJunior, goodPrimary, makeCounty, makeSchool, resetRows } from '../../support/schools';
import type { School } from '../../../src/engine/model';

function partsOf(schools: School[], settings: Settings = defaultSettings()): PartResult[] {
  return computeResult(makeCounty({ schools }), settings).parts;
}

function withSettings(changes: Partial<Record<keyof Settings, number | boolean | string>>): Settings {
  return { ...defaultSettings(), ...changes } as Settings;
}

beforeEach(() => resetRows());

describe('splitting combined schools (RULES.md example)', () => {
  // 九年一贯制, 166 primary + 210 junior, 23226 m² of teaching rooms (no indoor sports area):
  // W = 166 + 1.1 × 210 = 397; primary 23226 × 166/397 = 9711.63 (58.50 per pupil);
  // junior 23226 × 231/397 = 13514.37 (64.35 per student).
  const school = makeSchool({
    type: '九年一贯制',
    primaryStudents: 166,
    juniorStudents: 210,
    teachingArea: 23226,
  });

  it('gives each part its weighted share', () => {
    const [p, j] = partsOf([school]);
    expect(p.stage).toBe('primary');
    expect(j.stage).toBe('junior');
    expect(p.facilityShare).toBeCloseTo(166 / 397, 12);
    expect(j.facilityShare).toBeCloseTo(231 / 397, 12);
    expect(p.indicators.L4.numerator).toBeCloseTo(9711.63, 2);
    expect(p.indicators.L4.value).toBeCloseTo(58.5, 2);
    expect(j.indicators.L4.numerator).toBeCloseTo(13514.37, 2);
    expect(j.indicators.L4.value).toBeCloseTo(64.35, 2);
  });

  it('uses the weights of the settings', () => {
    // Junior weight 1.5: W = 166 + 315 = 481, primary share 166/481.
    expect(facilityShare(school, 'primary', scopeRules(withSettings({ 'split.junior': 1.5 })))).toBeCloseTo(
      166 / 481,
      12,
    );
  });

  it('splits 十二年一贯制 and 完全中学 with their senior students', () => {
    // 十二年: W = 300 + 1.1 × 200 + 1.32 × 100 = 652.
    const twelve = makeSchool({ type: '十二年一贯制', primaryStudents: 300, juniorStudents: 200, seniorStudents: 100 });
    expect(facilityShare(twelve, 'primary', scopeRules(defaultSettings()))).toBeCloseTo(300 / 652, 12);
    expect(facilityShare(twelve, 'junior', scopeRules(defaultSettings()))).toBeCloseTo(220 / 652, 12);
    // 完全中学: W = 600 + 1.2 × 500 = 1200, junior share 0.5.
    const complete = makeSchool({ type: '完全中学', juniorStudents: 600, seniorStudents: 500 });
    expect(facilityShare(complete, 'junior', scopeRules(defaultSettings()))).toBeCloseTo(0.5, 12);
  });

  it('does not split a combined school with students in one 学段 only', () => {
    const parts = partsOf([
      makeSchool({ type: '九年一贯制', primaryStudents: 400, juniorStudents: 0, teachingArea: 2000 }),
    ]);
    expect(parts).toHaveLength(1);
    expect(parts[0].stage).toBe('primary');
    expect(parts[0].facilityShare).toBe(1);
    expect(parts[0].indicators.L4.value).toBe(5);
  });

  it('leaves facilities missing when a needed student count is blank', () => {
    const result = computeResult(
      makeCounty({
        schools: [makeSchool({ type: '完全中学', juniorStudents: 600, juniorBackbone: 6, teachingArea: 5000 })],
      }),
      defaultSettings(),
    );
    const [j] = result.parts;
    expect(j.indicators.L2.value).toBe(1);
    // The 5000 m² cannot be shared out: no numerator is shown for the missing indicator.
    expect(j.indicators.L4).toMatchObject({ value: null, numerator: null, status: 'missing' });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'split-students-missing',
        cell: cellOf('seniorStudents', 2),
        severity: 'warning',
      }),
    ]);
  });
});

describe('the seven indicators', () => {
  it('are declared once, in the order L1–L7 the runner relies on', () => {
    expect(INDICATORS.map((d) => d.id)).toEqual([...INDICATOR_IDS]);
    expect(INDICATORS.filter((d) => d.facility).map((d) => d.id)).toEqual(['L4', 'L5', 'L6', 'L7']);
    expect(INDICATORS.filter((d) => d.per === 100).map((d) => d.id)).toEqual(['L1', 'L2', 'L3', 'L7']);
    // Every term names a numeric column of the school sheet.
    const school = makeSchool({});
    for (const d of INDICATORS) {
      for (const t of [...d.numerator.primary, ...d.numerator.junior]) expect(school.fields[t.field]).toBeDefined();
      // A result holds at most two columns besides the students (IndicatorValue keeps three field names).
      expect(d.numerator.primary.length).toBeLessThanOrEqual(2);
      expect(d.numerator.junior.length).toBeLessThanOrEqual(2);
    }
  });

  it('computes per-hundred and per-student values from the part’s own columns', () => {
    // 500 pupils: 21 degree teachers → 4.2 (meets 4.2 exactly); 9 backbone → 1.8; 4 PE/art → 0.8 (near 0.9);
    // 2500 m² teaching (no indoor) → 5.0; 3000 m² sports → 6.0 (fail: near needs 0.85 × 7.5 = 6.375);
    // 1,200,000 元 → 2400; 12 rooms → 2.4.
    const [p] = partsOf([
      makeSchool({
        primaryStudents: 500,
        primaryDegreeTeachers: 21,
        primaryBackbone: 9,
        primaryPeArt: 4,
        teachingArea: 2500,
        sportsArea: 3000,
        equipmentValue: 1200000,
        mediaRooms: 12,
      }),
    ]);
    const v = (id: keyof PartResult['indicators']) => [
      Number(p.indicators[id].value?.toFixed(10)),
      p.indicators[id].status,
    ];
    expect(v('L1')).toEqual([4.2, 'pass']);
    expect(v('L2')).toEqual([1.8, 'pass']);
    expect(v('L3')).toEqual([0.8, 'near']);
    expect(v('L4')).toEqual([5, 'pass']);
    expect(v('L5')).toEqual([6, 'fail']);
    expect(v('L6')).toEqual([2400, 'pass']);
    expect(v('L7')).toEqual([2.4, 'pass']);
    expect(p.passCount).toBe(5);
    expect(p.verdict).toBe('fail');
    expect(p.indicators.L1.sources).toEqual([cellOf('primaryDegreeTeachers', 2), cellOf('primaryStudents', 2)]);
    // L4 with the indoor area subtracted: both area columns, then the students.
    expect(p.indicators.L4.sources).toEqual([
      cellOf('teachingArea', 2),
      cellOf('indoorSportsArea', 2),
      cellOf('primaryStudents', 2),
    ]);
    // The JSON carries the cells and the keys of OUTPUT.md in order; a result that is not borderline has no such key.
    const json = JSON.parse(JSON.stringify(p.indicators.L1)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['value', 'standard', 'status', 'numerator', 'sources']);
    expect(json.sources).toEqual([cellOf('primaryDegreeTeachers', 2), cellOf('primaryStudents', 2)]);
    expect(json.numerator).toBe(21);
    // Assigning the sources replaces them.
    p.indicators.L1.sources = ['A1'];
    expect(p.indicators.L1.sources).toEqual(['A1']);
  });

  it('keeps every result when a county of combined schools outgrows the first block of the table', () => {
    // 40 九年一贯制 schools make 80 parts; the table starts with room for 40 + 40/8 = 45.
    const schools = Array.from({ length: 40 }, (_, i) =>
      makeSchool({
        code: `N${i}`,
        type: '九年一贯制',
        primaryStudents: 200 + i,
        juniorStudents: 100,
        primaryBackbone: 2,
        juniorBackbone: 3,
        teachingArea: 1000,
      }),
    );
    const parts = partsOf(schools);
    expect(parts).toHaveLength(80);
    const last = parts[79];
    expect([last.code, last.stage]).toEqual(['N39', 'junior']);
    expect(last.indicators.L2.value).toBe(3);
    // The last school's primary part: 2 teachers per 239 pupils, its share of 1000 m² by 239 : 110.
    const primary = parts[78];
    expect(primary.indicators.L2.value).toBeCloseTo(200 / 239, 12);
    expect(primary.indicators.L4.value).toBeCloseTo((1000 * 239) / (239 + 1.1 * 100) / 239, 12);
    expect(primary.indicators.L2.sources).toEqual([cellOf('primaryBackbone', 41), cellOf('primaryStudents', 41)]);
    // A result written through a view lands in the table and is there on the next read.
    primary.indicators.L2.borderline = true;
    expect(primary.indicators.L2.borderline).toBe(true);
    expect(parts[0].indicators.L2.borderline).toBeUndefined();
  });

  it('subtracts 室内体育用房 from teaching rooms unless the setting is off', () => {
    // (3000 − 600) ÷ 500 = 4.8; without subtracting 3000 ÷ 500 = 6.0.
    const school = makeSchool({ primaryStudents: 500, teachingArea: 3000, indoorSportsArea: 600 });
    expect(partsOf([school])[0].indicators.L4.value).toBeCloseTo(4.8, 12);
    expect(partsOf([school], withSettings({ subtractIndoorSports: false }))[0].indicators.L4.value).toBe(6);
  });

  it('bug: indoor sports area above the teaching area made L4 negative and failed the school; L4 is now missing', () => {
    // 500 pupils otherwise meeting every standard; 2000 m² teaching with 2600 m² indoor sports inside it cannot
    // both be right: (2000 − 2600) ÷ 500 = −1.2 was a fail. L4 waits for the correction, so the part is 待填报
    // with 6 passes, and stays so with the subtraction switched off (the teaching area may be the wrong figure).
    const school = goodPrimary(500, { teachingArea: 2000, indoorSportsArea: 2600 });
    for (const settings of [defaultSettings(), withSettings({ subtractIndoorSports: false })]) {
      const [p] = partsOf([school], settings);
      expect(p.indicators.L4).toMatchObject({ value: null, numerator: null, status: 'missing' });
      expect(p.passCount).toBe(6);
      expect(p.verdict).toBe('incomplete');
    }
    // Equal areas are possible (every teaching room a gym): 0 m² per pupil, a fail, not a contradiction.
    const [equal] = partsOf([goodPrimary(500, { teachingArea: 2000, indoorSportsArea: 2000 })]);
    expect(equal.indicators.L4).toMatchObject({ value: 0, status: 'fail' });
  });

  it('adds 校外租赁 sports area for 中心城区 high-density schools only when the setting is on', () => {
    // 2800 ÷ 400 = 7.0 (near); with 1000 m² rented: 3800 ÷ 400 = 9.5 (pass).
    const dense = makeSchool({ primaryStudents: 400, sportsArea: 2800, rentedSportsArea: 1000, denseUrban: true });
    const plain = makeSchool({ primaryStudents: 400, sportsArea: 2800, rentedSportsArea: 1000, denseUrban: false });
    const on = withSettings({ addRentedSportsArea: true });
    expect(partsOf([dense])[0].indicators.L5.value).toBe(7);
    expect(partsOf([dense], on)[0].indicators.L5.value).toBe(9.5);
    expect(partsOf([plain], on)[0].indicators.L5.value).toBe(7);
  });

  it('counts rotating PE/art teachers for 乡村 schools of 50–99 pupils under the relaxation', () => {
    // 80 pupils, 0 own + 1 rotating: 1 ÷ 80 × 100 = 1.25 with the relaxation, 0 without.
    const small = makeSchool({ primaryStudents: 80, primaryPeArt: 0, primaryRotatingPeArt: 1, urbanRural: '乡村' });
    const big = makeSchool({ primaryStudents: 120, primaryPeArt: 0, primaryRotatingPeArt: 1, urbanRural: '乡村' });
    const on = withSettings({ ruralPeArtRelaxation: true });
    expect(partsOf([small])[0].indicators.L3.value).toBe(0);
    expect(partsOf([small], on)[0].indicators.L3.value).toBe(1.25);
    expect(partsOf([big], on)[0].indicators.L3.value).toBe(0);
  });

  it('uses junior standards and columns for junior parts', () => {
    // 1000 students, 53 degree teachers → 5.3 meets 5.3; 5700 m² → 5.7 is near 5.8.
    const [j] = partsOf([
      makeSchool({ type: '初中', juniorStudents: 1000, juniorDegreeTeachers: 53, teachingArea: 5700 }),
    ]);
    expect(j.indicators.L1).toMatchObject({ value: 5.3, standard: 5.3, status: 'pass' });
    expect(j.indicators.L4).toMatchObject({ value: 5.7, standard: 5.8, status: 'near' });
  });

  it('flags 临界 values', () => {
    // 4496 m² ÷ 1000 = 4.496, shown 4.50 but near.
    const [p] = partsOf([makeSchool({ primaryStudents: 1000, teachingArea: 4496 })]);
    expect(p.indicators.L4.status).toBe('near');
    expect(p.indicators.L4.borderline).toBe(true);
  });

  it('a blank input makes the indicator missing, never zero', () => {
    const [p] = partsOf([goodPrimary(200, { mediaRooms: null })]);
    expect(p.indicators.L7).toMatchObject({ value: null, numerator: null, status: 'missing' });
    expect(p.verdict).toBe('incomplete');
    expect(p.passCount).toBe(6);
  });
});

describe('scope', () => {
  it('excludes 特教, 职业, small 教学点, unknown types and (by setting) 民办, listing them with a reason', () => {
    const schools = [
      goodPrimary(300, { code: 'A' }),
      makeSchool({ code: 'SP', type: '特殊教育学校', primaryStudents: 60, juniorStudents: 40 }),
      makeSchool({ code: 'VO', type: '职业学校' }),
      goodPrimary(40, { code: 'TP', type: '教学点' }),
      goodPrimary(50, { code: 'TP50', type: '教学点' }),
      goodPrimary(40, { code: 'SMALL' }),
      goodPrimary(300, { code: 'PR', isPrivate: true }),
      makeSchool({ code: 'UK', type: null, primaryStudents: 100 }),
    ];
    const parts = partsOf(schools);
    const byCode = (c: string) => parts.filter((p) => p.code === c);
    expect(byCode('A')[0].included).toBe(true);
    expect(byCode('SP').map((p) => [p.stage, p.included, p.excludedReason])).toEqual([
      ['primary', false, '特殊教育学校不纳入资源配置评估'],
      ['junior', false, '特殊教育学校不纳入资源配置评估'],
    ]);
    expect(byCode('VO')[0].excludedReason).toBe('职业学校不纳入资源配置评估');
    expect(byCode('TP')[0]).toMatchObject({
      included: false,
      excludedReason: '在校生 40 人，少于 50 人，不纳入资源配置评估',
    });
    expect(byCode('TP')[0].indicators.L1.status).toBe('missing');
    expect(byCode('TP50')[0].included).toBe(true);
    expect(byCode('SMALL')[0].included).toBe(true);
    expect(byCode('PR')[0].included).toBe(true);
    expect(byCode('UK')[0]).toMatchObject({
      included: false,
      excludedReason: '学校类型未填写或无法识别，未纳入资源配置评估',
    });
    // Input row order is kept.
    expect(parts.map((p) => p.row)).toEqual([2, 3, 3, 4, 5, 6, 7, 8, 9]);

    const strict = partsOf(schools, withSettings({ smallSchoolFloorAllTypes: true, includePrivate: false }));
    expect(strict.find((p) => p.code === 'SMALL')?.included).toBe(false);
    expect(strict.find((p) => p.code === 'PR')?.excludedReason).toBe('民办学校按设置不纳入资源配置评估');
  });

  it('a part with 0 students does not exist', () => {
    const result = computeResult(makeCounty({ schools: [makeSchool({ primaryStudents: 0 })] }), defaultSettings());
    expect(result.parts).toHaveLength(0);
    expect(result.issues.map((i) => i.code)).toEqual(['school-no-students']);
  });

  it('a part whose students are blank exists, is missing, and is reported once', () => {
    const school = makeSchool({ primaryStudents: null, primaryBackbone: 3 });
    const result = computeResult(makeCounty({ schools: [school] }), defaultSettings());
    expect(result.parts[0].students).toBeNull();
    expect(result.parts[0].verdict).toBe('incomplete');
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'part-students-missing',
        cell: cellOf('primaryStudents', 2),
        sheet: '学校基础数据',
      }),
    ]);
    // When the reader already named that cell, the calculation does not repeat it.
    const readerIssue = {
      severity: 'error' as const,
      sheet: '学校基础数据',
      cell: cellOf('primaryStudents', 2),
      message: '小学在校生数为空',
      code: 'required-blank',
    };
    const again = computeResult(makeCounty({ schools: [school], issues: [readerIssue] }), defaultSettings());
    expect(again.issues).toEqual([readerIssue]);
    expect(again.issues[0]).toBe(readerIssue);
  });

  it('keeps primary before junior within a school and schools in row order', () => {
    const parts = partsOf([
      goodJunior(300),
      makeSchool({ type: '九年一贯制', primaryStudents: 10, juniorStudents: 20 }),
    ]);
    expect(parts.map((p) => `${p.row}${p.stage}`)).toEqual(['2junior', '3primary', '3junior']);
  });
});

describe('part verdict', () => {
  it('passes with 6 pass and 1 near, or 7 pass', () => {
    expect(partVerdict(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'near'])).toEqual({
      verdict: 'pass',
      passCount: 6,
    });
    expect(partVerdict(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass']).verdict).toBe('pass');
  });
  it('fails on any fail or two near, whatever is missing', () => {
    expect(partVerdict(['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'fail']).verdict).toBe('fail');
    expect(partVerdict(['pass', 'pass', 'pass', 'pass', 'pass', 'near', 'near']).verdict).toBe('fail');
    expect(partVerdict(['missing', 'missing', 'pass', 'pass', 'pass', 'near', 'near']).verdict).toBe('fail');
    expect(partVerdict(['missing', 'pass', 'pass', 'pass', 'pass', 'pass', 'fail']).verdict).toBe('fail');
  });
  it('is incomplete while the missing ones could still pass', () => {
    expect(partVerdict(['missing', 'pass', 'pass', 'pass', 'pass', 'pass', 'near'])).toEqual({
      verdict: 'incomplete',
      passCount: 5,
    });
    expect(partVerdict(['missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing']).verdict).toBe(
      'incomplete',
    );
  });
});
