import { computeResult } from '../../../src/engine/compute';
import type { CountyNumericItem } from '../../../src/engine/model';
import type { EvaluationResult, ItemResult } from '../../../src/engine/result';
import type { Settings } from '../../../src/engine/settings';
import { defaultSettings } from '../../../src/engine/settings';
import type { CountySpec } from '../../support/schools';
import { goodJunior, goodPrimary, makeCounty, makeSchool, passingCountySpec, resetRows } from '../../support/schools';

beforeEach(() => resetRows());

function run(spec: CountySpec, settings: Settings = defaultSettings()): EvaluationResult {
  return computeResult(makeCounty(spec), settings);
}
function item(r: EvaluationResult, id: string): ItemResult {
  const found = [...r.guarantee, ...r.quality, r.recognition].find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
}
const numbers = (n: Partial<Record<CountyNumericItem, number | null>>): CountySpec => ({ numbers: n });

describe('seed 000 (荣昌区) county figures', () => {
  const r = run(
    numbers({
      rotationEligible: 610,
      rotationActual: 273,
      rotationBackbone: 103,
      qualityHighSchoolQuota: 4220,
      qualityHighSchoolAllocated: 3389,
      specialSchoolFunding: 87,
      specialSchoolStudents: 126,
      juniorGraduates: 8295,
      grade7ThreeYearsAgo: 8155,
      transfersIn: 439,
      transfersOut: 299,
    }),
  );

  it('G11: 273/610 = 44.75% rotated, of whom 103/273 = 37.73% backbone', () => {
    const g = item(r, 'G11');
    expect(g.value).toBeCloseTo(0.4475, 4);
    expect(g.value2).toBeCloseTo(0.3773, 4);
    expect(g).toMatchObject({ standard: 0.1, standard2: 0.2, status: 'pass', selfAssessed: false });
    expect(g.detail).toBe('交流 273 ÷ 符合条件 610 = 44.75%；骨干 103 ÷ 交流 273 = 37.73%');
  });

  it('G14: 3389/4220 = 80.3%', () => {
    expect(item(r, 'G14').value).toBeCloseTo(0.803, 3);
    expect(item(r, 'G14').status).toBe('pass');
  });

  it('G7: 87 万元 / 126 = 6904.76 元 ≥ 6000', () => {
    const g = item(r, 'G7');
    expect(g.value).toBeCloseTo(6904.76, 2);
    expect(g).toMatchObject({ standard: 6000, status: 'pass' });
    expect(g.detail).toBe('特教公用经费 87 万元 ÷ 在校生 126 人 = 6,904.76 元');
  });

  it('Q1: 8295 / (8155 + 439 − 299 − 0) = 100% by the default formula', () => {
    const q = item(r, 'Q1');
    expect(q.value).toBe(1);
    expect(q.status).toBe('pass');
    expect(q.detail).toBe('毕业 8295 ÷ (初一 8155 + 转入 439 − 转出 299 − 死亡 0) = 100.00%');
  });
});

describe('seed 001 (北碚区) county figures', () => {
  const plain = { ...defaultSettings(), 'Q1.formula': '简单公式' } as Settings;
  const r = run(
    numbers({
      rotationEligible: 1527,
      rotationActual: 451,
      rotationBackbone: 139,
      qualityHighSchoolQuota: 2590,
      qualityHighSchoolAllocated: 1813,
      specialSchoolFunding: 60.6,
      specialSchoolStudents: 101,
      juniorGraduates: 7530,
      grade7ThreeYearsAgo: 7498,
    }),
    plain,
  );

  it('G11: 451/1527 = 29.5% and 139/451 = 30.8%', () => {
    expect(item(r, 'G11').value).toBeCloseTo(0.295, 3);
    expect(item(r, 'G11').value2).toBeCloseTo(0.308, 3);
    expect(item(r, 'G11').status).toBe('pass');
  });

  it('G14: 1813/2590 = 70.0%', () => {
    expect(item(r, 'G14').value).toBeCloseTo(0.7, 12);
  });

  it('G7: 60.6 万元 / 101 = 6000 元 exactly, which passes (≥ includes equality)', () => {
    expect(item(r, 'G7').value).toBeCloseTo(6000, 9);
    expect(item(r, 'G7').status).toBe('pass');
  });

  it('Q1: 7530 / 7498 = 100.4% by the plain formula', () => {
    expect(item(r, 'Q1').value).toBeCloseTo(1.004268, 6);
    expect(item(r, 'Q1').status).toBe('pass');
  });
});

describe('Q1 formulas', () => {
  const figures = numbers({
    juniorGraduates: 950,
    grade7ThreeYearsAgo: 1000,
    transfersIn: 30,
    transfersOut: 40,
    deaths: 2,
  });
  it('standard: 950 / (1000 + 30 − 40 − 2) = 950/988 = 96.15%', () => {
    expect(item(run(figures), 'Q1').value).toBeCloseTo(950 / 988, 12);
  });
  it('扣除转入: (950 − 30 + 40) / (1000 − 2) = 960/998 = 96.19%', () => {
    const s = { ...defaultSettings(), 'Q1.formula': '扣除转入公式' } as Settings;
    expect(item(run(figures, s), 'Q1').value).toBeCloseTo(960 / 998, 12);
  });
  it('a blank input leaves it 待填报 naming the figure', () => {
    const q = item(run(numbers({ juniorGraduates: 950 })), 'Q1');
    expect(q.status).toBe('missing');
    expect(q.detail).toBe('待填报：三年前初一在校生数、三年内转入学生数、三年内转出学生数');
  });
});

describe('other county-level items', () => {
  it('G8, G9, G12, G15, Q2, S1 compare with their standards; percentages are fractions', () => {
    const r = run(
      numbers({
        teacherAvgSalary: 98000,
        civilServantAvgSalary: 100000,
        fullTimeTeachers: 4000,
        trainedTeachers: 4000,
        certifiedTeachers: 3996,
        migrantEligible: 1000,
        migrantPublic: 800,
        migrantPurchased: 50,
        disabledTotal: 200,
        disabledInclusive: 150,
        disabledSpecialSchool: 30,
        disabledHomeTaught: 10,
        recognitionRate: 0.8512,
      }),
    );
    expect(item(r, 'G8')).toMatchObject({ value: 98000, standard: 100000, status: 'fail' });
    expect(item(r, 'G9')).toMatchObject({ value: 1, status: 'pass' });
    // 3996/4000 = 99.9% < 100%.
    expect(item(r, 'G12')).toMatchObject({ value: 0.999, status: 'fail' });
    // (800 + 50)/1000 = 85% meets 85%.
    expect(item(r, 'G15').value).toBeCloseTo(0.85, 12);
    expect(item(r, 'G15').status).toBe('pass');
    // (150 + 30 + 10)/200 = 95% meets 95%.
    expect(item(r, 'Q2').value).toBeCloseTo(0.95, 12);
    expect(item(r, 'Q2').status).toBe('pass');
    expect(r.recognition).toMatchObject({ id: 'S1', value: 0.8512, standard: 0.85, status: 'pass' });
  });

  it('G11 fails when either share is short', () => {
    // 50/610 = 8.2% < 10%.
    expect(item(run(numbers({ rotationEligible: 610, rotationActual: 50, rotationBackbone: 20 })), 'G11').status).toBe(
      'fail',
    );
    // 100/610 = 16.4%, but 15/100 = 15% < 20%.
    const g = item(run(numbers({ rotationEligible: 610, rotationActual: 100, rotationBackbone: 15 })), 'G11');
    expect(g.status).toBe('fail');
    expect(g.value2).toBeCloseTo(0.15, 12);
  });

  it('G7 with no 特教 students does not hold the county back', () => {
    expect(item(run(numbers({ specialSchoolFunding: 0, specialSchoolStudents: 0 })), 'G7').status).toBe('pass');
  });

  it('self-assessed items take the user’s word: 基本达标 is `basic`, blank is `missing`', () => {
    const r = run({ selfAssessed: { layout: '达标', fourUnified: '基本达标', staffing: '未达标' } });
    expect(item(r, 'G1')).toMatchObject({ status: 'pass', value: null, selfAssessed: true, detail: '达标' });
    expect(item(r, 'G2')).toMatchObject({ status: 'basic', detail: '基本达标' });
    expect(item(r, 'G10').status).toBe('fail');
    expect(item(r, 'Q3')).toMatchObject({ status: 'missing', detail: '待填报' });
  });

  it('lists G1–G15 and Q1–Q9 in order', () => {
    const r = run({});
    expect(r.guarantee.map((g) => g.id)).toEqual(Array.from({ length: 15 }, (_, i) => `G${i + 1}`));
    expect(r.quality.map((q) => q.id)).toEqual(Array.from({ length: 9 }, (_, i) => `Q${i + 1}`));
  });
});

describe('G13 就近划片入学', () => {
  it('sums the school sheet over 城区/镇区 公办 non-boarding schools', () => {
    const schools = [
      goodPrimary(500, { urbanRural: '城区', primaryZoned: 500 }),
      goodPrimary(300, { urbanRural: '镇区', primaryZoned: 290, boarding: false }),
      goodPrimary(200, { urbanRural: '城区', primaryZoned: 0, boarding: true }),
      goodPrimary(200, { urbanRural: '乡村', primaryZoned: 0 }),
      goodPrimary(200, { urbanRural: '城区', primaryZoned: 0, isPrivate: true }),
      goodJunior(400, { urbanRural: '城区', juniorZoned: 384 }),
    ];
    const g = item(run({ schools }), 'G13');
    // 小学 (500 + 290)/(500 + 300) = 98.75% < 100%; 初中 384/400 = 96% ≥ 95%.
    expect(g.value).toBeCloseTo(0.9875, 12);
    expect(g.value2).toBeCloseTo(0.96, 12);
    expect(g).toMatchObject({ standard: 1, standard2: 0.95, status: 'fail' });
    expect(g.detail).toBe('小学 98.75%（按学校数据汇总）；初中 96.00%（按学校数据汇总）');
  });

  it('takes the county figure of a 学段 whose school figures are missing', () => {
    // 小学 from the school sheet (400/500 = 80%), 初中 has no school at all: the county's 95%.
    const schools = [goodPrimary(500, { urbanRural: '城区', primaryZoned: 400 })];
    const g = item(run({ schools, numbers: { juniorZonedRatio: 0.95 } }), 'G13');
    expect(g).toMatchObject({ value: 0.8, value2: 0.95, status: 'fail' });
    expect(g.detail).toBe('小学 80.00%（按学校数据汇总）；初中 95.00%（区县填报）');
  });
});

describe('school-by-school items', () => {
  it('G3: ceil(classes ÷ 12) music and art rooms of the standard area', () => {
    // 30 classes → 3 rooms each; 2 music rooms ≥ 96 m² → 1 short.
    const short = goodPrimary(600, {
      code: 'G3X',
      primaryClasses: 30,
      music96: 2,
      art90: 3,
      builtYear: 2015,
      music73: 1,
    });
    const ok = goodPrimary(300, { primaryClasses: 12, music96: 1, art90: 1 });
    const r = run({ schools: [short, ok] });
    const g = item(r, 'G3');
    expect(g).toMatchObject({ value: 0.5, status: 'fail', failing: ['G3X'] });
    expect(r.shortfalls.filter((s) => s.item === 'G3')).toEqual([
      expect.objectContaining({
        code: 'G3X',
        value: 2,
        standard: 3,
        amount: 1,
        unit: '间',
        action: '需增加音乐专用教室 1 间',
      }),
    ]);
    // With the 规程 relaxation the 73–96 m² room of a 2015 building counts.
    const relaxed = { ...defaultSettings(), 'G3.oldBuildingRelaxation': true } as Settings;
    expect(item(run({ schools: [short, ok] }, relaxed), 'G3').status).toBe('pass');
  });

  it('G4: compulsory students within 2000 (single) or 2500 (九年一贯制), with the optional relaxation', () => {
    const big = goodPrimary(2100, { code: 'BIG', builtYear: 2008 });
    const nine = makeSchool({ type: '九年一贯制', primaryStudents: 1500, juniorStudents: 900 });
    // A 完全中学 counts its junior students only: 1800 ≤ 2000 although 3000 with 高中.
    const complete = makeSchool({ type: '完全中学', juniorStudents: 1800, seniorStudents: 1200 });
    const r = run({ schools: [big, nine, complete] });
    expect(item(r, 'G4')).toMatchObject({ status: 'fail', failing: ['BIG'] });
    expect(item(r, 'G4').value).toBeCloseTo(2 / 3, 12);
    expect(r.shortfalls.find((s) => s.item === 'G4')).toMatchObject({
      value: 2100,
      standard: 2000,
      amount: 100,
      action: '需减少在校生 100 人',
    });
    const relaxed = { ...defaultSettings(), 'G4.relaxation': true } as Settings;
    expect(item(run({ schools: [big, nine, complete] }, relaxed), 'G4').status).toBe('pass');
  });

  it('G5: no oversized classes; a blank count is 待填报', () => {
    const r = run({ schools: [goodPrimary(300, { code: 'OV', primaryOversized: 3 }), goodPrimary(300)] });
    expect(item(r, 'G5')).toMatchObject({ status: 'fail', failing: ['OV'] });
    expect(r.shortfalls.find((s) => s.item === 'G5')?.action).toBe('需消除大班额 3 个');
    expect(item(run({ schools: [goodPrimary(300, { primaryOversized: null })] }), 'G5').status).toBe('missing');
  });

  it('G6: a 公办 school under 100 students gets 100 × the norm, including small 教学点', () => {
    // 教学点 of 40: 100 × 720 元 = 7.2 万元 required, 5 budgeted → short 2.2 万元.
    // 九年一贯制 of 60 + 30: weighted norm (60·720 + 30·920)/90 = 786.67 元; 100 × 786.67 = 7.8667 万元;
    // 7.5 budgeted → short 0.3667 → 0.4 万元.
    const tp = goodPrimary(40, { code: 'TP', type: '教学点', publicBudget: 5 });
    const nine = makeSchool({
      code: 'NINE',
      type: '九年一贯制',
      primaryStudents: 60,
      juniorStudents: 30,
      publicBudget: 7.5,
    });
    const enough = goodPrimary(80, { publicBudget: 7.2 });
    const r = run({
      schools: [tp, nine, enough, goodPrimary(300)],
      numbers: { primaryFundingNorm: 720, juniorFundingNorm: 920 },
    });
    const g = item(r, 'G6');
    expect(g).toMatchObject({ status: 'fail', failing: ['TP', 'NINE'] });
    expect(g.value).toBeCloseTo(1 / 3, 12);
    const rows = r.shortfalls.filter((s) => s.item === 'G6');
    expect(rows.map((s) => [s.code, s.amount, s.action])).toEqual([
      ['TP', 2.2, '需增加公用经费 2.2 万元'],
      ['NINE', 0.4, '需增加公用经费 0.4 万元'],
    ]);
    expect(rows[1].standard).toBeCloseTo(7.8667, 4);
    // With no school under 100 the item has nothing to check.
    expect(item(run({ schools: [goodPrimary(300)] }), 'G6')).toMatchObject({ status: 'pass', value: null });
  });

  it('Q4: school by school when budgets are on the school sheet, else the county figure', () => {
    // 4 万元 of 100 万元 = 4% < 5%: 1.0 万元 more closes it.
    const r = run({ schools: [goodPrimary(300, { code: 'LOW', trainingBudget: 4 }), goodPrimary(300)] });
    expect(item(r, 'Q4')).toMatchObject({ value: 0.5, standard: 1, status: 'fail', failing: ['LOW'] });
    expect(r.shortfalls.find((s) => s.item === 'Q4')).toMatchObject({
      amount: 1,
      action: '需增加教师培训经费 1.0 万元',
    });
    const county = run({
      schools: [goodPrimary(300, { publicBudget: null, trainingBudget: null })],
      numbers: { trainingFundRatio: 0.052 },
    });
    expect(item(county, 'Q4')).toMatchObject({
      value: 0.052,
      standard: 0.05,
      status: 'pass',
      detail: '区县填报 5.20%',
    });
  });
});

describe('bug: school-by-school items showed value 0 with status 待填报 when their inputs were blank', () => {
  it('G3, G4, G5, G6 and Q4 have value null whenever they are 待填报', () => {
    // One school each, its only figure for the item blank: nothing is computed, so no share of schools either.
    const blankClasses = goodPrimary(300, { code: 'C', primaryClasses: null });
    const blankOversized = goodPrimary(300, { code: 'O', primaryOversized: null });
    const blankStudents = makeSchool({ code: 'S', type: '初中', juniorStudents: null });
    const smallNoBudget = goodPrimary(60, { code: 'B', publicBudget: null, trainingBudget: 3 });
    const noTraining = goodPrimary(300, { code: 'T', trainingBudget: null });
    const cases: [string, CountySpec][] = [
      ['G3', { schools: [blankClasses] }],
      ['G4', { schools: [blankStudents] }],
      ['G5', { schools: [blankOversized] }],
      ['G6', { schools: [smallNoBudget], numbers: { primaryFundingNorm: 720 } }],
      ['Q4', { schools: [noTraining] }],
    ];
    for (const [id, spec] of cases) {
      resetRows();
      expect([id, item(run(spec), id)]).toMatchObject([id, { status: 'missing', value: null, failing: [] }]);
    }
  });

  it('a share is shown once every school is known, and with a failure, which decides the item', () => {
    // G5 over three schools: one fails (2 oversized classes), one blank, one passes → 未达标 with 1/3 meeting.
    const r = run({
      schools: [
        goodPrimary(300, { code: 'F', primaryOversized: 2 }),
        goodPrimary(300, { code: 'N', primaryOversized: null }),
        goodPrimary(300, { code: 'P' }),
      ],
    });
    const g5 = item(r, 'G5');
    expect(g5).toMatchObject({ status: 'fail', failing: ['F'], detail: '1/3 所学校达标，1 所数据不全' });
    expect(g5.value).toBeCloseTo(1 / 3, 12);
    // Two known, one blank, no failure: 待填报 and no value, the counts stay in the detail.
    const g3 = item(
      run({ schools: [goodPrimary(300), goodPrimary(300, { primaryClasses: null }), goodPrimary(300)] }),
      'G3',
    );
    expect(g3).toMatchObject({ status: 'missing', value: null, detail: '2/3 所学校达标，1 所数据不全' });
  });
});

describe('Q9 质量监测', () => {
  it('every subject at level Ⅲ or above with 差异率 below 0.15', () => {
    const r = run({
      quality: [
        { subject: '数学', stage: '四年级', level: 3, rate: 0.12, row: 2 },
        { subject: '语文', stage: '八年级', level: 4, rate: 0.15, row: 3 },
        { subject: '科学', stage: '八年级', level: null, rate: 0.1, row: 4 },
      ],
    });
    const q = item(r, 'Q9');
    expect(q.subjects?.map((s) => s.status)).toEqual(['pass', 'fail', 'missing']);
    // The highest rate is known (0.15); the lowest level is not, while 科学 has none.
    expect(q).toMatchObject({ status: 'fail', value: null, value2: 0.15, standard: 3, standard2: 0.15 });
  });
  it('bug: a lowest level was shown while a level was blank; it is null until every level is known', () => {
    // Levels 4 and blank, rates 0.1 and 0.12: nothing fails, the item is 待填报; the lowest level is unknown,
    // the highest rate is 0.12.
    const q = item(
      run({
        quality: [
          { subject: '数学', stage: '四年级', level: 4, rate: 0.1, row: 2 },
          { subject: '语文', stage: '八年级', level: null, rate: 0.12, row: 3 },
        ],
      }),
      'Q9',
    );
    expect(q).toMatchObject({ status: 'missing', value: null, value2: 0.12 });
  });
  it('is 待填报 without the sheet', () => {
    expect(item(run({}), 'Q9')).toMatchObject({ status: 'missing', subjects: [] });
  });
  it('passes when every subject meets both', () => {
    expect(item(run(passingCountySpec()), 'Q9').status).toBe('pass');
  });
});
