import type { CodeNameMessages } from './code-name-messages.ts';

export const codeNameEs: CodeNameMessages = {
  column: 'Nombres para verificar los códigos',
  count: 'Código y nombre no coinciden',
  title: 'Filas cuyo código y nombre no coinciden',
  help: 'Estas filas quedan en el municipio que indica su código. Revise en su archivo cuál de los dos es erróneo: por ejemplo, leer códigos INE como P-codes de OCHA intercambia Sansare y Sanarate.',
  line: (code, unit, name) => `El código ${code} es ${unit}; el archivo lo llama «${name}»`,
  nameOf: (name, unit) => `«${name}» es el nombre de ${unit}`,
};
