import type { CodeNameMessages } from './code-name-messages.ts';

export const codeNameEn: CodeNameMessages = {
  column: 'Names to check the codes against',
  count: 'Code and name disagree',
  title: 'Rows whose code and name disagree',
  help: 'These rows stay on the municipio their code gives. Check in your file which of the two is wrong: national INE codes read as OCHA P-codes, for example, swap Sansare and Sanarate.',
  line: (code, unit, name) => `Code ${code} is ${unit}; the file names it “${name}”`,
  nameOf: (name, unit) => `“${name}” is the name of ${unit}`,
};
