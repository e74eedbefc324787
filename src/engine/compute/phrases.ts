/**
 * 整改台账 sentences repeat: thousands of schools need 需增加音乐专用教室 1 间 or 需增加县级及以上骨干教师 2 人. Each
 * distinct sentence is formatted once per run and shared by the rows that say it, so a large county does not hold
 * thousands of copies of the same text.
 */

/** Makes the sentence for an amount of something. */
export type Phrase = (what: string, amount: number) => string;

/** How many distinct amounts one memo keeps per subject: areas and money rarely repeat, so their cache is capped. */
const KEPT = 4096;

/** Amounts below this that are whole numbers are looked up in an array rather than a map. */
const SMALL = 1024;

/** A memoised `make`, for one run (create it inside the calculation so that nothing outlives the run). */
export function memoPhrase(make: Phrase): Phrase {
  const bySubject = new Map<string, { small: (string | undefined)[]; other: Map<number, string> }>();
  return (what, amount) => {
    let memo = bySubject.get(what);
    if (memo === undefined) {
      memo = { small: [], other: new Map<number, string>() };
      bySubject.set(what, memo);
    }
    // Counts of teachers, rooms and classes are small whole numbers: an array index is the cheapest key.
    if (amount >= 0 && amount < SMALL && (amount | 0) === amount) {
      let text = memo.small[amount];
      if (text === undefined) memo.small[amount] = text = make(what, amount);
      return text;
    }
    let text = memo.other.get(amount);
    if (text === undefined) {
      text = make(what, amount);
      if (memo.other.size < KEPT) memo.other.set(amount, text);
    }
    return text;
  };
}
