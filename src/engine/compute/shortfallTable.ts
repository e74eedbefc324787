/**
 * The rows of 整改台账 as they are found, held column by column: strings in plain arrays (the item words and most
 * sentences are shared), numbers in typed arrays. `rows` gives each as a Shortfall. A county of 10,000 schools
 * lacking rooms, teachers and areas has tens of thousands of rows; as objects with boxed numbers they were the
 * largest thing a run kept, and every garbage collection during the run had to copy them.
 */
import type { Stage } from '../model';
import type { Shortfall } from '../result';

const STAGES: readonly (Stage | null)[] = [null, 'primary', 'junior'];
const stageCode = (s: Stage | null): number => (s === null ? 0 : s === 'primary' ? 1 : 2);

/** Grows a typed array to `n` entries, keeping its contents. */
function grown(old: Float64Array, n: number): Float64Array {
  const next = new Float64Array(n);
  next.set(old);
  return next;
}

/** The 整改台账 of one run, filled by the calculators in output order. */
export class ShortfallTable {
  /** Every row so far, in the order added. */
  readonly rows: Shortfall[] = [];
  code: string[] = [];
  name: string[] = [];
  item: string[] = [];
  itemName: string[] = [];
  unit: string[] = [];
  action: string[] = [];
  stage: Uint8Array = new Uint8Array(1024);
  /** NaN for a value that is null. */
  value: Float64Array = new Float64Array(1024);
  standard: Float64Array = new Float64Array(1024);
  gap: Float64Array = new Float64Array(1024);
  amount: Float64Array = new Float64Array(1024);

  /** Adds a row; `value` null when the figure behind it is not a number of its own. */
  add(
    code: string,
    name: string,
    stage: Stage | null,
    item: string,
    itemName: string,
    value: number | null,
    standard: number,
    gap: number,
    amount: number,
    unit: string,
    action: string,
  ): void {
    const i = this.rows.length;
    if (i === this.value.length) this.#grow(i * 2);
    this.code.push(code);
    this.name.push(name);
    this.item.push(item);
    this.itemName.push(itemName);
    this.unit.push(unit);
    this.action.push(action);
    this.stage[i] = stageCode(stage);
    this.value[i] = value ?? NaN;
    this.standard[i] = standard;
    this.gap[i] = gap;
    this.amount[i] = amount;
    this.rows.push(new ShortfallView(this, i));
  }

  #grow(n: number): void {
    const stage = new Uint8Array(n);
    stage.set(this.stage);
    this.stage = stage;
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

  constructor(table: ShortfallTable, i: number) {
    this.#t = table;
    this.#i = i;
  }

  get code(): string {
    return this.#t.code[this.#i];
  }
  get name(): string {
    return this.#t.name[this.#i];
  }
  get stage(): Stage | null {
    return STAGES[this.#t.stage[this.#i]];
  }
  get item(): string {
    return this.#t.item[this.#i];
  }
  get itemName(): string {
    return this.#t.itemName[this.#i];
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
    return this.#t.unit[this.#i];
  }
  get action(): string {
    return this.#t.action[this.#i];
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
