/**
 * The verdicts of the four parts of the method and of the county, and the Chinese lines that say what
 * keeps the county from passing.
 */
import type { Stage } from '../model';
import type { EvaluationResult, ItemResult, PartResult, Verdict, VetoResult } from '../result';
import { INDICATOR_IDS } from '../result';
import { computeMessages, intakeMessages } from '../messages';
import { statusAt } from './indicators';

const m = computeMessages;
/** How many school names a blocker line quotes before saying 等. */
const NAMES_SHOWN = 5;

type Sections = EvaluationResult['sections'];

function combine(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('incomplete')) return 'incomplete';
  return 'pass';
}

/**
 * 资源配置: every included part passes and every coefficient passes.
 * A 学段 without included parts has nothing to measure and does not block. A coefficient that is null
 * blocks (as 待填报) only when some included part of the 学段 lacks that value: with every value known,
 * null means a single part or a zero mean, where there is no 校际 difference to hold against the county
 * (and a zero mean already fails every part).
 */
function resources(
  parts: readonly PartResult[],
  coefficients: EvaluationResult['coefficients'],
  lines: string[],
): Verdict {
  const verdicts: Verdict[] = [];
  let any = false;
  for (const stage of ['primary', 'junior'] as Stage[]) {
    const failing: string[] = [];
    const incomplete: string[] = [];
    let nFail = 0;
    let nIncomplete = 0;
    const missingById = new Set<string>();
    let hasParts = false;
    for (const p of parts) {
      if (!p.included || p.stage !== stage) continue;
      hasParts = true;
      // A name is read only when it is quoted: reading every part's name was a cache miss per part.
      if (p.verdict === 'fail') {
        nFail++;
        if (failing.length < NAMES_SHOWN) failing.push(p.name || p.code);
      } else if (p.verdict === 'incomplete') {
        nIncomplete++;
        if (incomplete.length < NAMES_SHOWN) incomplete.push(p.name || p.code);
      }
      // A passing part has nothing missing; only the others need looking into.
      if (p.verdict !== 'pass') {
        for (let k = 0; k < INDICATOR_IDS.length; k++) {
          if (statusAt(p.indicators, k) === 'missing') missingById.add(INDICATOR_IDS[k]);
        }
      }
    }
    if (!hasParts) continue;
    any = true;
    if (nFail > 0) {
      verdicts.push('fail');
      lines.push(m.blockers.partsFailing(stage, nFail, failing));
    }
    if (nIncomplete > 0) {
      verdicts.push('incomplete');
      lines.push(m.blockers.partsIncomplete(stage, nIncomplete, incomplete));
    }
    const cs = coefficients[stage];
    for (const id of INDICATOR_IDS) {
      const c = cs[id];
      if (c.pass === false && c.cv !== null) {
        verdicts.push('fail');
        lines.push(m.blockers.cvFail(stage, id, c.cv, c.limit));
      } else if (c.cv === null && missingById.has(id)) {
        verdicts.push('incomplete');
        lines.push(m.blockers.cvMissing(stage, id));
      }
    }
  }
  if (!any) {
    lines.push(m.blockers.noParts);
    return 'incomplete';
  }
  return combine(verdicts);
}

/** A list of G/Q/S items: 基本达标 and 未达标 fail it, 待填报 leaves it incomplete. */
function items(list: readonly ItemResult[], lines: string[]): Verdict {
  const verdicts: Verdict[] = [];
  for (const it of list) {
    switch (it.status) {
      case 'pass':
        continue;
      case 'fail': {
        const schoolLine = m.blockers.schoolItem[it.id];
        lines.push(
          schoolLine !== undefined && it.failing !== undefined && it.failing.length > 0
            ? schoolLine(it.failing.length)
            : m.blockers.itemFail(it.id, it.name, it.detail),
        );
        verdicts.push('fail');
        break;
      }
      case 'basic':
        lines.push(m.blockers.itemBasic(it.id, it.name));
        verdicts.push('fail');
        break;
      case 'missing':
        lines.push(m.blockers.itemMissing(it.id, it.name, it.detail));
        verdicts.push('incomplete');
        break;
    }
  }
  return combine(verdicts);
}

function vetoes(list: readonly VetoResult[], lines: string[]): Verdict {
  const verdicts: Verdict[] = [];
  for (const v of list) {
    if (v.value === true) {
      lines.push(m.blockers.vetoYes(v.item));
      verdicts.push('fail');
    } else if (v.value === null) {
      lines.push(m.blockers.vetoMissing(v.item));
      verdicts.push('incomplete');
    }
  }
  return combine(verdicts);
}

/**
 * Schools whose type could not be read (RULES.md §2): nobody can tell whether they belong in 资源配置 or the
 * school-by-school items, so they leave the verdict 待填报 and are named, never silently left out.
 */
function unclassifiedSchools(names: readonly string[], lines: string[]): Verdict {
  if (names.length === 0) return 'pass';
  lines.push(intakeMessages.unclassifiedBlocker(names.length, names.slice(0, NAMES_SHOWN)));
  return 'incomplete';
}

/**
 * Section verdicts, the county verdict (pass only if every section passes) and the blocker lines. `unclassified`
 * names the schools whose 学校类型 is blank or unreadable; they hold 资源配置 at 待填报.
 */
export function judge(
  r: Pick<EvaluationResult, 'parts' | 'coefficients' | 'guarantee' | 'quality' | 'recognition' | 'vetoes'>,
  unclassified: readonly string[] = [],
): { verdict: Verdict; sections: Sections; blockers: string[] } {
  const blockers: string[] = [];
  const unknownTypes = unclassifiedSchools(unclassified, blockers);
  const sections: Sections = {
    resources: combine([resources(r.parts, r.coefficients, blockers), unknownTypes]),
    guarantee: items(r.guarantee, blockers),
    quality: items(r.quality, blockers),
    recognition: items([r.recognition], blockers),
    vetoes: vetoes(r.vetoes, blockers),
  };
  const verdict = combine([
    sections.resources,
    sections.guarantee,
    sections.quality,
    sections.recognition,
    sections.vetoes,
  ]);
  return { verdict, sections, blockers };
}
