/**
 * The rows of 整改台账 as they are found: the kind of row (item, name, unit) as a number and the figures in typed
 * arrays, column by column; `rows` gives each as a Shortfall that also holds the school or part it is about and its
 * sentence. A county of 10,000 schools lacking rooms, teachers and areas has tens of thousands of rows; as
 * objects with boxed numbers they were the largest thing a run kept, and every garbage collection during the run
 * had to copy them.
 */
import type { Stage } from '../model';
import type { Shortfall } from '../result';
import { grown } from './typedArrays';

const STAGES: readonly (Stage | null)[] = [null, 'primary', 'junior'];
const stageCode = (s: Stage | null): number => (s === null ? 0 : s === 'primary' ? 1 : 2);

/** A kind of row: the item, the name the ledger gives it (G3 names the room), and the unit of its amounts. */
export interface ShortfallKind {
  item: string;
  itemName: string;
  unit: string;
}

/** Whom a row is about: a school or a school part. */
interface Who {
  code: string;
  name: string;
}

/** The 整改台账 of one run, filled by the calculators in output order. */
export class ShortfallTable {
  /** Every row so far, in the order added. */
  readonly rows: Shortfall[] = [];
  readonly kinds: ShortfallKind[] = [];
  kind: Uint8Array;
  stage: Uint8Array;
  /** NaN for a value that is null. */
  value: Float64Array;
  standard: Float64Array;
  gap: Float64Array;
  amount: Float64Array;

  /** `expected`: about how many rows the run will have (the arrays double when it has more). */
  constructor(expected = 1024) {
    const n = Math.max(expected, 16);
    this.kind = new Uint8Array(n);
    this.stage = new Uint8Array(n);
    this.value = new Float64Array(n);
    this.standard = new Float64Array(n);
    this.gap = new Float64Array(n);
    this.amount = new Float64Array(n);
  }

  /** The number of a kind of row, registered on first use (a run has a dozen kinds). */
  kindOf(item: string, itemName: string, unit: string): number {
    const kinds = this.kinds;
    for (let k = 0; k < kinds.length; k++) {
      const x = kinds[k];
      if (x.item === item && x.itemName === itemName && x.unit === unit) return k;
    }
    if (kinds.length === 255) throw new Error('too many kinds of 整改台账 row');
    kinds.push({ item, itemName, unit });
    return kinds.length - 1;
  }

  /** Adds a row about a school or part; `value` NaN when the figure behind it is not a number of its own. */
  add(
    who: Who,
    stage: Stage | null,
    kind: number,
    value: number,
    standard: number,
    gap: number,
    amount: number,
    action: string,
  ): void {
    const i = this.rows.length;
    if (i === this.value.length) this.#grow(i * 2);
    this.kind[i] = kind;
    this.stage[i] = stageCode(stage);
    this.value[i] = value;
    this.standard[i] = standard;
    this.gap[i] = gap;
    this.amount[i] = amount;
    this.rows.push(new ShortfallView(this, i, who, action));
  }

  #grow(n: number): void {
    this.stage = grown(this.stage, n);
    this.kind = grown(this.kind, n);
    this.value = grown(this.value, n);
    this.standard = grown(this.standard, n);
    this.gap = grown(this.gap, n);
    this.amount = grown(this.amount, n);
  }
}

/** One row of a ShortfallTable as the Shortfall of OUTPUT.md; JSON gets the plain row through `toJSON`. */
class ShortfallView implements Shortfall {
  readonly #t: ShortfallTable;
  readonly #i: number;
  // The school and the sentence are kept by the row itself: two more fields here cost less than two more arrays
  // pushed to and regrown for every row.
  readonly #who: Who;
  readonly #action: string;

  constructor(table: ShortfallTable, i: number, who: Who, action: string) {
    this.#t = table;
    this.#i = i;
    this.#who = who;
    this.#action = action;
  }

  get code(): string {
    return this.#who.code;
  }
  get name(): string {
    return this.#who.name;
  }
  get stage(): Stage | null {
    return STAGES[this.#t.stage[this.#i]];
  }
  get item(): string {
    return this.#t.kinds[this.#t.kind[this.#i]].item;
  }
  get itemName(): string {
    return this.#t.kinds[this.#t.kind[this.#i]].itemName;
  }
  get value(): number | null {
    const v = this.#t.value[this.#i];
    return v === v ? v : null;
  }
  get standard(): number {
    return this.#t.standard[this.#i];
  }
  get gap(): number {
    return this.#t.gap[this.#i];
  }
  get amount(): number {
    return this.#t.amount[this.#i];
  }
  get unit(): string {
    return this.#t.kinds[this.#t.kind[this.#i]].unit;
  }
  get action(): string {
    return this.#action;
  }

  /** The row as a plain object, keys in the order of Shortfall. */
  toJSON(): Shortfall {
    return {
      code: this.code,
      name: this.name,
      stage: this.stage,
      item: this.item,
      itemName: this.itemName,
      value: this.value,
      standard: this.standard,
      gap: this.gap,
      amount: this.amount,
      unit: this.unit,
      action: this.action,
    };
  }
}
