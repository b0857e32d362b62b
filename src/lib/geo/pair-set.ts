/**
 * A set of unordered unit pairs {i, j} (i ≠ j), turned into one sorted neighbour list per unit.
 * Used to collect contiguity links found by different passes without duplicates.
 */
export class PairSet {
  private readonly seen = new Set<number>();
  private readonly lists: number[][];

  constructor(readonly n: number) {
    this.lists = Array.from({ length: n }, () => []);
  }

  private key(i: number, j: number): number {
    return i < j ? i * this.n + j : j * this.n + i;
  }

  has(i: number, j: number): boolean {
    return this.seen.has(this.key(i, j));
  }

  /** Adds {i, j}; a self pair is ignored. Returns true when the pair is new. */
  add(i: number, j: number): boolean {
    if (i === j) return false;
    const k = this.key(i, j);
    if (this.seen.has(k)) return false;
    this.seen.add(k);
    this.lists[i].push(j);
    this.lists[j].push(i);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  /** One ascending neighbour list per unit. */
  toLists(): number[][] {
    return this.lists.map((l) => l.slice().sort((a, b) => a - b));
  }
}
