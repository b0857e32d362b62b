/**
 * Play through the years of a yearly indicator: one year after the other, each a recolour of the
 * map (the same path as picking the year), stopping at the last year. Playing again from the last
 * year starts over from the first.
 */

/** Milliseconds each year stays on the map while playing (long enough to read the legend and the map). */
export const PLAY_STEP_MS = 1200;

/**
 * Longest wait for the map to draw a year before the next (a map that cannot draw, no WebGL,
 * never says so: the years still play).
 */
export const PLAY_DRAW_TIMEOUT_MS = 10_000;

/** What the player steps: the years of the indicator shown, the year shown and how to show another. */
export interface YearStepper {
  /** The indicator's years, ascending (empty: nothing to play). */
  readonly years: readonly number[];
  /** The year on the map now (null: none). */
  readonly year: number | null;
  show(year: number): void;
  /**
   * Resolves once the map has drawn what `show` asked for: the next year waits for it as well as
   * for the step's time, so that on a slow machine no year is skipped on screen.
   */
  drawn?: () => Promise<void>;
}

export class YearPlayer {
  #playing = false;
  readonly #target: () => YearStepper;
  readonly #onPlaying: (playing: boolean) => void;
  readonly #stepMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param target - read at every step (the indicator may change under the player; it then stops).
   * @param onPlaying - told when playing starts or stops (the state the control shows).
   */
  constructor(target: () => YearStepper, onPlaying: (playing: boolean) => void = () => undefined, stepMs = PLAY_STEP_MS) {
    this.#target = target;
    this.#onPlaying = onPlaying;
    this.#stepMs = stepMs;
  }

  /** True while the years play. */
  get playing(): boolean {
    return this.#playing;
  }

  #setPlaying(playing: boolean): void {
    if (playing === this.#playing) return;
    this.#playing = playing;
    this.#onPlaying(playing);
  }

  /** Starts playing from the year shown (from the first year when the last is shown). */
  play(): void {
    const t = this.#target();
    if (t.years.length < 2) return;
    this.#setPlaying(true);
    if (t.year === null || t.year === t.years[t.years.length - 1]) this.#show(t, t.years[0]);
    else this.#schedule(Promise.resolve());
  }

  pause(): void {
    this.#setPlaying(false);
    this.#run++;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Counts plays and pauses: a step scheduled before a pause does nothing after it. */
  #run = 0;

  /** Shows `year` and schedules the next step once it is drawn (or the draw timed out). */
  #show(t: YearStepper, year: number): void {
    const drawn = t.drawn?.() ?? Promise.resolve();
    t.show(year);
    this.#schedule(drawn);
  }

  #schedule(drawn: Promise<void>): void {
    clearTimeout(this.#timer);
    const run = this.#run;
    let timeUp = false;
    let shown = false;
    const next = () => {
      if (timeUp && shown && run === this.#run) this.#step();
    };
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      timeUp = true;
      next();
    }, this.#stepMs);
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<void>((resolve) => (giveUp = setTimeout(resolve, PLAY_DRAW_TIMEOUT_MS)));
    void Promise.race([drawn, limit]).then(() => {
      clearTimeout(giveUp);
      shown = true;
      next();
    });
  }

  #step(): void {
    if (!this.playing) return;
    const t = this.#target();
    const k = t.year === null ? -1 : t.years.indexOf(t.year);
    const next = t.years[k + 1];
    if (k < 0 || next === undefined) {
      this.pause();
      return;
    }
    if (k + 2 >= t.years.length) {
      t.show(next);
      this.pause();
    } else this.#show(t, next);
  }
}
