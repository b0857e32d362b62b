/**
 * Play through the years of a yearly indicator: one year after the other, each a recolour of the
 * map (the same path as picking the year), stopping at the last year. Playing again from the last
 * year starts over from the first.
 */

/** Milliseconds each year stays on the map while playing (long enough to read the legend and the map). */
export const PLAY_STEP_MS = 1200;

/** What the player steps: the years of the indicator shown, the year shown and how to show another. */
export interface YearStepper {
  /** The indicator's years, ascending (empty: nothing to play). */
  readonly years: readonly number[];
  /** The year on the map now (null: none). */
  readonly year: number | null;
  show(year: number): void;
}

export class YearPlayer {
  /** True while the years play. */
  playing = $state(false);
  readonly #target: () => YearStepper;
  readonly #stepMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** @param target - read at every step (the indicator may change under the player; it then stops). */
  constructor(target: () => YearStepper, stepMs = PLAY_STEP_MS) {
    this.#target = target;
    this.#stepMs = stepMs;
  }

  /** Starts playing from the year shown (from the first year when the last is shown). */
  play(): void {
    const t = this.#target();
    if (t.years.length < 2) return;
    this.playing = true;
    if (t.year === null || t.year === t.years[t.years.length - 1]) t.show(t.years[0]);
    this.#schedule();
  }

  pause(): void {
    this.playing = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#step(), this.#stepMs);
  }

  #step(): void {
    this.#timer = undefined;
    if (!this.playing) return;
    const t = this.#target();
    const k = t.year === null ? -1 : t.years.indexOf(t.year);
    const next = t.years[k + 1];
    if (k < 0 || next === undefined) {
      this.pause();
      return;
    }
    t.show(next);
    if (k + 2 >= t.years.length) this.pause();
    else this.#schedule();
  }
}
