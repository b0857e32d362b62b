import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAY_DRAW_TIMEOUT_MS, PLAY_STEP_MS, YearPlayer, type YearStepper } from '../../src/lib/state/year-player.ts';

/** A stepper over `years` whose map draws when told to (`draw()`), recording the years shown. */
function stepper(years: number[], start: number | null) {
  const shown: number[] = [];
  let year = start;
  let pending: (() => void)[] = [];
  const t: YearStepper = {
    years,
    get year() {
      return year;
    },
    show: (y) => {
      year = y;
      shown.push(y);
    },
    drawn: () => new Promise<void>((resolve) => pending.push(resolve)),
  };
  const draw = () => {
    const p = pending;
    pending = [];
    for (const r of p) r();
  };
  return { t, shown, draw };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('YearPlayer', () => {
  it('steps through every year once each is drawn and its time is up, then stops at the last', async () => {
    const s = stepper([2013, 2016, 2018], 2013);
    const p = new YearPlayer(() => s.t);
    p.play();
    expect(p.playing).toBe(true);
    await vi.advanceTimersByTimeAsync(PLAY_STEP_MS);
    expect(s.shown).toEqual([2016]);
    // The map has not drawn 2016: the time alone does not step.
    await vi.advanceTimersByTimeAsync(PLAY_STEP_MS * 3);
    expect(s.shown).toEqual([2016]);
    s.draw();
    await vi.advanceTimersByTimeAsync(0);
    expect(s.shown).toEqual([2016, 2018]);
    expect(p.playing).toBe(false);
  });

  it('starts over from the first year when the last is shown, and a pause stops it', async () => {
    const s = stepper([2014, 2015, 2016], 2016);
    const p = new YearPlayer(() => s.t);
    p.play();
    expect(s.shown).toEqual([2014]);
    s.draw();
    p.pause();
    await vi.advanceTimersByTimeAsync(PLAY_STEP_MS * 5);
    expect(s.shown).toEqual([2014]);
  });

  it('goes on when the map never says it drew (no WebGL), after the draw timeout', async () => {
    const s = stepper([2014, 2015, 2016], 2014);
    const p = new YearPlayer(() => s.t);
    p.play();
    await vi.advanceTimersByTimeAsync(PLAY_STEP_MS);
    expect(s.shown).toEqual([2015]);
    await vi.advanceTimersByTimeAsync(PLAY_DRAW_TIMEOUT_MS);
    expect(s.shown).toEqual([2015, 2016]);
    expect(p.playing).toBe(false);
  });

  it('does nothing for fewer than two years', () => {
    const s = stepper([2018], 2018);
    const p = new YearPlayer(() => s.t);
    p.play();
    expect(p.playing).toBe(false);
    expect(s.shown).toEqual([]);
  });
});
