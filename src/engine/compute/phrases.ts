/**
 * 整改台账 sentences repeat: thousands of schools need 需增加音乐专用教室 1 间 or 需增加县级及以上骨干教师 2 人. Each
 * distinct sentence is formatted once per run and shared by the rows that say it, so a large county does not hold
 * thousands of copies of the same text.
 */

/** Makes the sentence for an amount of something. */
export type Phrase = (what: string, amount: number) => string;

/** How many distinct amounts one memo keeps per subject: areas and money rarely repeat, so their cache is capped. */
const KEPT = 4096;

/** A memoised `make`, for one run (create it inside the calculation so that nothing outlives the run). */
export function memoPhrase(make: Phrase): Phrase {
  const bySubject = new Map<string, Map<number, string>>();
  return (what, amount) => {
    let byAmount = bySubject.get(what);
    if (byAmount === undefined) {
      byAmount = new Map<number, string>();
      bySubject.set(what, byAmount);
    }
    let text = byAmount.get(amount);
    if (text === undefined) {
      text = make(what, amount);
      if (byAmount.size < KEPT) byAmount.set(amount, text);
    }
    return text;
  };
}
