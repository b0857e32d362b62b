import type { CatalogEntry } from '../data/schema.ts';
import { quantileBreaks, naturalBreaks, equalIntervalBreaks, classify } from '../analysis/index.ts';
import { sequentialPalette, NO_DATA_RGB } from '../map/palettes.ts';
import { fillColours } from '../map/fill-colours.ts';

export type ClassMethod = 'quantile' | 'jenks' | 'equal';

export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'jenks', 'equal'];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

const BREAKS: Record<ClassMethod, (values: ArrayLike<number>, k: number) => number[]> = {
  quantile: quantileBreaks,
  jenks: naturalBreaks,
  equal: equalIntervalBreaks,
};

/** What the map is coloured by: one indicator, its values (NaN = no data) and the classification. */
export class Choropleth {
  method = $state<ClassMethod>('quantile');
  /** Requested number of classes (3–7); fewer are drawn when values repeat. */
  k = $state(5);
  /** The indicator on the map with its values aligned to the unit order; set together. */
  shown = $state.raw<{ entry: CatalogEntry; values: Float64Array } | null>(null);
  #version = 0;

  /** Class bounds over the units with data, all countries together (NaN ignored): empty or 2…k+1 numbers. */
  readonly bounds: number[] = $derived.by(() => {
    const values = this.shown?.values;
    return values ? BREAKS[this.method](values, this.k) : [];
  });

  /** Class per unit, −1 = no data. */
  readonly classes: Int8Array = $derived.by(() => {
    return classify(this.shown?.values ?? [], this.bounds);
  });

  readonly classCount: number = $derived(Math.max(0, this.bounds.length - 1));

  readonly palette: number[][] = $derived(this.classCount ? sequentialPalette(this.classCount).map((c) => [...c]) : []);

  /** Units per class, then the no-data count. */
  readonly counts: { perClass: number[]; noData: number } = $derived.by(() => {
    const perClass = new Array<number>(this.classCount).fill(0);
    let noData = 0;
    for (const c of this.classes) {
      if (c < 0 || c >= perClass.length) noData++;
      else perClass[c]++;
    }
    return { perClass, noData };
  });

  /** RGBA per unit and a version number that changes with it (deck.gl update trigger). */
  readonly fill: { rgba: Uint8ClampedArray; version: number } | null = $derived.by(() => {
    if (!this.shown) return null;
    return { rgba: fillColours(this.classes, this.palette, NO_DATA_RGB), version: ++this.#version };
  });

  show(entry: CatalogEntry, values: Float64Array): void {
    this.shown = { entry, values };
  }

  setMethod(method: ClassMethod): void {
    this.method = method;
  }

  setK(k: number): void {
    this.k = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(k)));
  }
}
