import { computeResult } from '../../../src/engine/compute';
import type { CountyInput, School } from '../../../src/engine/model';
import { defaultSettings } from '../../../src/engine/settings';
import { goodJunior, goodPrimary, makeCounty, makeSchool, passingCountySpec } from '../../support/schools';

/**
 * A county of `n` schools: mostly 小学, some 初中, 九年一贯制 and small 教学点, with varied figures so that
 * about one part in six falls short somewhere (coefficients, verdicts and 整改台账 all have work to do).
 */
function county(n: number): CountyInput {
  const schools: School[] = [];
  for (let i = 0; i < n; i++) {
    const row = i + 2;
    const size = 100 + ((i * 37) % 1900);
    if (i % 10 === 0) {
      schools.push(
        makeSchool({
          row,
          type: '九年一贯制',
          primaryStudents: size,
          juniorStudents: Math.round(size / 2),
          primaryDegreeTeachers: size / 20,
          juniorDegreeTeachers: size / 30,
          primaryBackbone: size / 80,
          juniorBackbone: size / 90,
          primaryPeArt: size / 90,
          juniorPeArt: size / 100,
          teachingArea: size * 9,
          sportsArea: size * 16,
          equipmentValue: size * 4000,
          mediaRooms: size / 25,
          primaryClasses: 20,
          juniorClasses: 10,
          primaryOversized: 0,
          juniorOversized: 0,
          music96: 3,
          art90: 3,
        }),
      );
    } else if (i % 4 === 0) {
      schools.push(goodJunior(size, { row, juniorBackbone: (size / 100) * (0.95 + (i % 7) / 10) }));
    } else if (i % 13 === 0) {
      schools.push(goodPrimary(30 + (i % 40), { row, type: '教学点' }));
    } else {
      schools.push(goodPrimary(size, { row, sportsArea: size * (7 + (i % 9) / 2) }));
    }
  }
  return makeCounty({ schools, ...passingCountySpec() });
}

/**
 * The fastest of several runs, in processor time: on a machine shared with other work, wall-clock time
 * mostly measures waiting for a core, and the minimum is the run least disturbed.
 */
function timeOf(input: CountyInput, runs: number): number {
  const settings = defaultSettings();
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    computeResult(input, settings);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

/**
 * The machine's own speed: the fastest of several builds of a bare result of `parts` parts (the part
 * objects with their seven indicator objects and source lists, nothing computed). On an idle machine this
 * takes a few milliseconds; on a busy shared one everything, this included, takes longer.
 */
function bareResultMs(parts: number, runs: number): number {
  // Cell addresses and codes exist before a run (the reader made them), so they are made outside the timing.
  const cells = Array.from({ length: parts }, (_, i) => `F${i + 2}`);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const out: unknown[] = [];
    for (let i = 0; i < parts; i++) {
      const ind = (k: number) => ({
        value: i / 7 + k,
        standard: 4.2,
        status: 'pass',
        numerator: i + 0.5,
        sources: [cells[i], cells[i]],
      });
      out.push({
        code: cells[i],
        name: 'x',
        row: i,
        type: '小学',
        stage: 'primary',
        students: i,
        included: true,
        excludedReason: null,
        indicators: { L1: ind(1), L2: ind(2), L3: ind(3), L4: ind(4), L5: ind(5), L6: ind(6), L7: ind(7) },
        passCount: 7,
        verdict: 'pass',
        facilityShare: 1,
      });
    }
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
    if (out.length !== parts) throw new Error('bare result incomplete');
  }
  return best;
}

describe('performance', () => {
  it('computes 10,000 schools in well under 50 ms, growing linearly', () => {
    const ten = county(10000);
    const forty = county(40000);
    timeOf(ten, 3); // warm-up: the first runs include compilation of the hot paths
    // The engine and the bare result are timed in alternation, so both see the same load on the machine.
    let t10 = Infinity;
    let t40 = Infinity;
    let bare = Infinity;
    for (let r = 0; r < 10; r++) {
      t10 = Math.min(t10, timeOf(ten, 2));
      t40 = Math.min(t40, timeOf(forty, 1));
      bare = Math.min(bare, bareResultMs(11000, 2));
    }
    console.log(
      `10,000 schools: ${t10.toFixed(1)} ms; 40,000 schools: ${t40.toFixed(1)} ms; bare result ${bare.toFixed(1)} ms`,
    );
    // Under 50 ms on an idle machine (where the bare result takes a few ms); on a busy one (other test files
    // run beside this one) the bound follows the machine's speed: computing everything costs at most twelve
    // times merely allocating the result (about five times when the machine is quiet).
    expect(t10).toBeLessThan(Math.max(50, 12 * bare));
    // Four times the schools in about four to six times the time (the collector works harder on a larger
    // heap); a quadratic step would give sixteen.
    expect(t40 / t10).toBeLessThan(10);
  });
});
