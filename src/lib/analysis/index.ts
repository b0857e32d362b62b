export { classify } from './classify.ts';
export { equalIntervalBreaks } from './equal-interval-breaks.ts';
export { naturalBreaks } from './natural-breaks.ts';
export { quantileBreaks } from './quantile-breaks.ts';
export { quantileSorted } from './quantile-sorted.ts';
export { sortedFinite } from './sorted-finite.ts';
