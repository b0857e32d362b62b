export type { Lang, Messages } from './messages.ts';
export { en } from './en.ts';
export { hasMessages, loadMessages, loadedMessages } from './load-messages.ts';
export { pick } from './pick.ts';
export { formatNumber, formatValue, formatRank, displayDigits } from './format-number.ts';
