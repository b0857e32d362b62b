/** The unit under the pointer and where the pointer is, in map pixels. */
export class Hover {
  index = $state(-1);
  x = $state(0);
  y = $state(0);

  set(index: number, x: number, y: number): void {
    this.index = index;
    this.x = x;
    this.y = y;
  }

  clear(): void {
    this.index = -1;
  }
}
