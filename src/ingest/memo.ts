/**
 * A cache of a function of a cell's text, with the last key checked first: long files repeat the
 * same place, period, sex and age row after row, and comparing with the last text is cheaper than
 * hashing a freshly split string.
 */
export class Memo<T> {
  private readonly map = new Map<string, T>();
  private lastKey: string | undefined;
  private lastValue: T | undefined;

  constructor(private readonly compute: (key: string) => T) {}

  /** The value for a key, computed once. */
  get(key: string): T {
    if (key === this.lastKey) return this.lastValue as T;
    let v = this.map.get(key);
    if (v === undefined && !this.map.has(key)) {
      v = this.compute(key);
      this.map.set(own(key), v);
    }
    this.lastKey = key;
    this.lastValue = v;
    return v as T;
  }
}

/**
 * A copy of text cut from a chunk of the file that does not keep the chunk alive: V8 lets a
 * substring point into its parent, so a few kept cells could otherwise hold every chunk in memory.
 */
export function own(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
