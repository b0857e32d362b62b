export type { Lang, Messages } from './messages.ts';
export { strings } from './strings.ts';
export { en } from './en.ts';
export { es } from './es.ts';
export { pick } from './pick.ts';
export { formatNumber, formatValue, formatRank, displayDigits } from './format-number.ts';
