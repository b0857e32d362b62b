import type { KeepMessages } from './keep-messages.ts';
import { formatNumber } from './format-number.ts';

/** English texts of keeping the workspace. */
export const keepEn: KeepMessages = {
  persisted: 'This browser keeps your data until you clear them.',
  notPersisted: 'This browser may clear your data when its disk runs short: save a project file to keep them.',
  keptAside: (date, reason) =>
    `Your data saved in this browser on ${date} ${
      reason === 'version' ? 'come from another version of focal' : reason === 'damaged' ? 'are damaged' : 'could not be applied by this version of focal'
    }: they were kept aside, not deleted. Download them to keep them or to open them in the version that made them.`,
  downloadKept: 'Download them',
  discardKept: 'Delete them',
  replaceQuestion: (files) =>
    `Opening a project replaces your data in this browser (${files === 1 ? '1 imported file' : `${formatNumber(files, 'en', 0)} imported files`}, your index and view). Save them as a project file first?`,
  saveThenOpen: 'Save mine, then open a project',
  openWithoutSaving: 'Open without saving',
  cancel: 'Cancel',
};
